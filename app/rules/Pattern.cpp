#include "Pattern.h"

#include "rules/CaseFold.h"

namespace alertdesk::rules {

namespace {

bool anyString(const std::vector<std::string>& list, auto&& predicate)
{
    for (const std::string& s : list) {
        if (predicate(s))
            return true;
    }
    return false;
}

bool plainName(const std::string& key)
{
    if (key.empty())
        return false;
    for (const char c : key) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
            c == '-' || c == '$' || static_cast<unsigned char>(c) >= 0x80;
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

std::string_view FoldCache::of(const Leaf& leaf)
{
    if (m_leaf != &leaf) {
        m_text.clear();
        appendFolded(leaf.text, m_text);
        m_leaf = &leaf;
    }
    return m_text;
}

bool Matcher::matches(const Leaf& leaf, FoldCache& fold) const
{
    const bool isString = leaf.type == LeafType::String;
    switch (kind) {
    case Kind::ExactString:
        return isString && leaf.text == strings.front();
    case Kind::ExactNumber:
        return numbers.front().matches(leaf);
    case Kind::ExactTrue:
        return leaf.type == LeafType::True;
    case Kind::ExactFalse:
        return leaf.type == LeafType::False;
    case Kind::ExactNull:
        return leaf.type == LeafType::Null;
    case Kind::Prefix:
        return isString && leaf.text.starts_with(strings.front());
    case Kind::PrefixIgnoreCase:
        return isString && fold.of(leaf).starts_with(strings.front());
    case Kind::Suffix:
        return isString && leaf.text.ends_with(strings.front());
    case Kind::SuffixIgnoreCase:
        return isString && fold.of(leaf).ends_with(strings.front());
    case Kind::EqualsIgnoreCase:
        return isString && fold.of(leaf) == strings.front();
    case Kind::Wildcard:
        return isString && wildcards.front().matches(leaf.text);
    case Kind::Contains:
        return isString &&
            !anyString(strings, [&](const std::string& s) { return leaf.text.find(s) == std::string_view::npos; });
    case Kind::Numeric:
        return leaf.type == LeafType::Number && leaf.exact && range.contains(leaf.number);
    case Kind::Exists:
        return true;
    case Kind::Cidr:
        return isString && cidr.contains(leaf.text);
    case Kind::AnythingButStrings:
        return !isString || !anyString(strings, [&](const std::string& s) { return leaf.text == s; });
    case Kind::AnythingButNumbers:
        for (const NumberLiteral& n : numbers) {
            if (n.matches(leaf))
                return false;
        }
        return true;
    case Kind::AnythingButPrefix:
        return !isString || !anyString(strings, [&](const std::string& s) { return leaf.text.starts_with(s); });
    case Kind::AnythingButSuffix:
        return !isString || !anyString(strings, [&](const std::string& s) { return leaf.text.ends_with(s); });
    case Kind::AnythingButIgnoreCase:
        return !isString || !anyString(strings, [&](const std::string& s) { return fold.of(leaf) == s; });
    case Kind::AnythingButWildcard:
        if (!isString)
            return true;
        for (const class Wildcard& w : wildcards) {
            if (w.matches(leaf.text))
                return false;
        }
        return true;
    }
    return false;
}

QString jsonPathText(const std::vector<std::string>& path)
{
    QString text = QStringLiteral("$");
    for (const std::string& key : path) {
        const QString name = QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
        if (plainName(key)) {
            text += u'.' + name;
        } else {
            QString quoted = name;
            quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
            text += QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
        }
    }
    return text;
}

} // namespace alertdesk::rules
