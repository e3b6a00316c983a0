#include "store/AlertFilter.h"

#include <algorithm>
#include <thread>

#include "store/AlertTable.h"
#include "store/FilterEvaluator.h"
#include "store/FilterParser.h"
#include "store/FilterProgram.h"

namespace alertdesk {

namespace {

// Below this many candidates one thread is enough: they take a few milliseconds (70–150 ns a row for text
// terms on a million rows, measured), and a second thread would cost its start-up and a merge for little.
constexpr size_t parallelThreshold = 50'000;

const FilterProgram& emptyProgram()
{
    static const FilterProgram program;
    return program;
}

} // namespace

// What evaluation keeps between calls: the pool masks, and the scratch of matches() (one thread).
struct AlertFilter::Cache
{
    FilterPoolMasks masks;
    std::unique_ptr<FilterEvaluator> evaluator;
};

AlertFilter::AlertFilter() : m_cache(std::make_unique<Cache>()) {}

AlertFilter::~AlertFilter() = default;

AlertFilter::AlertFilter(const AlertFilter& other)
    : m_text(other.m_text),
      m_program(other.m_program),
      m_cache(std::make_unique<Cache>())
{
    if (other.m_cache)
        m_cache->masks = other.m_cache->masks;
}

AlertFilter& AlertFilter::operator=(const AlertFilter& other)
{
    if (this != &other) {
        m_text = other.m_text;
        m_program = other.m_program;
        m_cache = std::make_unique<Cache>();
        if (other.m_cache)
            m_cache->masks = other.m_cache->masks;
    }
    return *this;
}

AlertFilter::AlertFilter(AlertFilter&& other) noexcept = default;
AlertFilter& AlertFilter::operator=(AlertFilter&& other) noexcept = default;

std::expected<AlertFilter, FilterError> AlertFilter::compile(QStringView text)
{
    auto terms = filterparser::parse(text);
    if (!terms)
        return std::unexpected(terms.error());
    auto program = FilterProgram::compile(*terms);
    if (!program)
        return std::unexpected(program.error());
    AlertFilter filter;
    filter.m_text = text.toString();
    filter.m_program = std::make_shared<const FilterProgram>(std::move(*program));
    return filter;
}

bool AlertFilter::isEmpty() const
{
    return !m_program || m_program->terms.empty();
}

QStringList AlertFilter::dataPaths() const
{
    return m_program ? m_program->dataPaths : QStringList();
}

bool AlertFilter::usesAge() const
{
    return m_program && m_program->usesAge;
}

bool AlertFilter::matches(const AlertTable& table, quint32 row, qint64 nowMs, const FilterDataValues* data) const
{
    if (!m_cache) // moved from
        m_cache = std::make_unique<Cache>();
    const FilterProgram& program = m_program ? *m_program : emptyProgram();
    m_cache->masks.update(program, table.pool());
    if (!m_cache->evaluator)
        m_cache->evaluator = std::make_unique<FilterEvaluator>(program, m_cache->masks);
    return m_cache->evaluator->matches(table, row, nowMs, data);
}

void AlertFilter::filterRows(const AlertTable& table, std::span<const quint32> candidates, qint64 nowMs,
                             std::vector<quint32>& out, const FilterDataValues* data) const
{
    if (!m_cache)
        m_cache = std::make_unique<Cache>();
    const FilterProgram& program = m_program ? *m_program : emptyProgram();
    m_cache->masks.update(program, table.pool());
    const bool readsText = std::any_of(program.terms.begin(), program.terms.end(), [](const CompiledTerm& term) {
        switch (term.field) {
        case FilterField::Text: case FilterField::Id: case FilterField::Subject: case FilterField::Title:
        case FilterField::Summary: case FilterField::AllLabels: case FilterField::Fingerprint:
        case FilterField::Label:
            return true;
        default:
            return false;
        }
    });
    const auto evaluate = [&](std::span<const quint32> chunk, std::vector<quint32>& matched) {
        FilterEvaluator evaluator(program, m_cache->masks);
        matched.reserve(chunk.size());
        // Each row's text lives in its own heap block: without asking for the blocks a few rows ahead, a text
        // filter waits on memory for most of its time.
        constexpr std::size_t kAhead = 12;
        for (std::size_t i = 0; i < chunk.size(); ++i) {
            if (readsText && i + kAhead < chunk.size()) {
                const AlertRow& ahead = table.row(chunk[i + kAhead]);
                __builtin_prefetch(ahead.text.constData());
                __builtin_prefetch(ahead.text.constData() + 64);
                __builtin_prefetch(ahead.folded.constData());
                __builtin_prefetch(ahead.folded.constData() + 64);
            }
            if (evaluator.matches(table, chunk[i], nowMs, data))
                matched.push_back(chunk[i]);
        }
    };
    out.clear();
    const size_t threads = candidates.size() < parallelThreshold
        ? 1
        : std::clamp<size_t>(std::thread::hardware_concurrency(), 1, candidates.size() / (parallelThreshold / 2));
    if (threads <= 1) {
        evaluate(candidates, out);
        return;
    }
    const size_t chunkSize = (candidates.size() + threads - 1) / threads;
    std::vector<std::vector<quint32>> results(threads);
    std::vector<std::jthread> workers;
    for (size_t i = 1; i < threads; ++i) {
        const auto chunk =
            candidates.subspan(std::min(i * chunkSize, candidates.size()))
                .first(std::min(chunkSize, candidates.size() - std::min(i * chunkSize, candidates.size())));
        workers.emplace_back([&evaluate, chunk, &matched = results[i]] { evaluate(chunk, matched); });
    }
    evaluate(candidates.first(std::min(chunkSize, candidates.size())), results[0]);
    workers.clear(); // joins
    size_t total = 0;
    for (const auto& part : results)
        total += part.size();
    out.reserve(total);
    for (const auto& part : results)
        out.insert(out.end(), part.begin(), part.end());
}

} // namespace alertdesk
