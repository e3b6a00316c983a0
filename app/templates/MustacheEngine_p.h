#pragma once

// Private to app/templates: the only place that includes the Mustache library, so the rest of the engine
// (and its users) see Qt types only.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <QJsonValue>

#include <kainjow/mustache.hpp>

namespace alertdesk::mustache_detail {

namespace mstch = kainjow::mustache;
using Data = mstch::data;
// Partials a compiled template can reach, already prepared (standalone lines fixed, indentation applied), by the
// name its tags use.
using PartialMap = std::unordered_map<std::string, Data>;

// Name resolution as the Mustache spec says it, which the library's own context gets wrong for dotted names
// (it falls back to outer frames when a chain breaks: spec "Dotted Names - Context Precedence"). The root
// frame is virtual so that an alert's view can compute its fields only when a template asks for them.
class ViewContext : public mstch::basic_context<std::string>
{
public:
    ViewContext() = default;
    ViewContext(const ViewContext&) = delete;
    ViewContext& operator=(const ViewContext&) = delete;

    void push(const Data* data) override { m_stack.push_back(data); }
    void pop() override { m_stack.pop_back(); }
    const Data* get(const std::string& name) const override;
    const Data* get_partial(const std::string& name) const override;

    void setPartials(const PartialMap* partials) { m_partials = partials; }
    // A complete object of the root frame (for toJson and for `{{.}}` at the top).
    virtual const Data* rootSelf() const = 0;
    // The whole view as JSON (lambdas left out).
    virtual QJsonValue toJson() const = 0;

protected:
    virtual const Data* rootMember(const std::string& name) const = 0;

private:
    std::vector<const Data*> m_stack;
    const PartialMap* m_partials = nullptr;
};

// A context over ready-made data (digests, JSON test data).
class DataContext final : public ViewContext
{
public:
    DataContext(Data root, QJsonValue json) : m_root(std::move(root)), m_json(std::move(json)) {}
    const Data* rootSelf() const override { return &m_root; }
    QJsonValue toJson() const override { return m_json; }

protected:
    const Data* rootMember(const std::string& name) const override { return m_root.get(name); }

private:
    Data m_root;
    QJsonValue m_json;
};

// The built-in lambdas every template can use: upper, lower, truncate, and per-target escapes.
const Data* builtinLambda(const std::string& name);
bool isSectionLambda(std::string_view name);

} // namespace alertdesk::mustache_detail
