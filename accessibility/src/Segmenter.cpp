#include "tingdu/accessibility/Segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

namespace tingdu::accessibility {

namespace {

struct UTextCloser {
    void operator()(UText* t) const { utext_close(t); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

}  // namespace

// The ICU objects behind a Segmenter: the iterator and the UText over our UTF-8 buffer.
// With a UTF-8 UText, ICU's "native" indices are byte offsets, so no index mapping is needed.
struct Segmenter::Iterator {
    std::unique_ptr<icu::BreakIterator> breaker;
    UTextPtr utext;
};

media::Result<Segmenter> Segmenter::create(SegmentUnit unit, const std::string& language)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(language.empty() ? "en" : language, status);
    status = U_ZERO_ERROR;  // an unparseable tag falls back to the root locale's rules
    // Standard suppressions: "Mr. Smith" is one sentence, not two.
    locale.setKeywordValue("ss", "standard", status);
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(unit == SegmentUnit::Word
                                               ? icu::BreakIterator::createWordInstance(locale, status)
                                               : icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status) || !it)
        return media::makeError(media::ErrorCode::Internal,
                                std::string("ICU break iterator unavailable: ") + u_errorName(status), language);
    Segmenter s;
    s.m_unit = unit;
    s.m_text = std::make_unique<std::string>();
    s.m_it = std::make_unique<Iterator>();
    s.m_it->breaker = std::move(it);
    s.setText({});
    return s;
}

Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;
Segmenter::~Segmenter() = default;

void Segmenter::setText(std::string_view utf8)
{
    m_text->assign(utf8);
    UErrorCode status = U_ZERO_ERROR;
    m_it->utext.reset(utext_openUTF8(nullptr, m_text->data(), static_cast<int64_t>(m_text->size()), &status));
    if (U_FAILURE(status))
        m_it->utext.reset();
    status = U_ZERO_ERROR;
    if (m_it->utext)
        m_it->breaker->setText(m_it->utext.get(), status);
}

std::vector<TextRange> Segmenter::ranges() const
{
    std::vector<TextRange> out;
    if (!m_it->utext || m_text->empty())
        return out;
    auto& b = *m_it->breaker;
    int32_t start = b.first();
    for (int32_t end = b.next(); end != icu::BreakIterator::DONE; start = end, end = b.next()) {
        if (m_unit == SegmentUnit::Word && b.getRuleStatus() == UBRK_WORD_NONE)
            continue;  // spaces and punctuation are not words
        out.push_back({static_cast<std::size_t>(start), static_cast<std::size_t>(end)});
    }
    return out;
}

std::optional<TextRange> Segmenter::containing(std::size_t offset) const
{
    std::optional<TextRange> best;
    for (const TextRange& r : ranges()) {
        if (r.begin > offset)
            break;
        best = r;
        if (offset < r.end)
            break;
    }
    if (!best && !m_text->empty()) {
        const auto all = ranges();
        if (!all.empty())
            best = all.front();
    }
    return best;
}

std::optional<TextRange> Segmenter::next(std::size_t offset) const
{
    for (const TextRange& r : ranges())
        if (r.begin > offset)
            return r;
    return std::nullopt;
}

std::optional<TextRange> Segmenter::previous(std::size_t offset) const
{
    std::optional<TextRange> last;
    for (const TextRange& r : ranges()) {
        if (r.begin >= offset)
            break;
        last = r;
    }
    return last;
}

std::vector<TextRange> splitSentences(std::string_view utf8, const std::string& language)
{
    auto s = Segmenter::create(SegmentUnit::Sentence, language);
    if (!s)
        return {TextRange{0, utf8.size()}};
    s->setText(utf8);
    auto r = s->ranges();
    if (r.empty() && !utf8.empty())
        r.push_back({0, utf8.size()});
    return r;
}

}  // namespace tingdu::accessibility
