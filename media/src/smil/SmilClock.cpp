// Clock values and skippability words: the small vocabularies the SMIL flavours share.
#include "Smil.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace tingdu::media::smil {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

// A plain decimal ("12", "1.5", ".5"); no sign, no exponent: clock values never have them.
std::optional<double> decimal(std::string_view s)
{
    if (s.empty() || s == ".")
        return std::nullopt;
    if (std::count(s.begin(), s.end(), '.') > 1)
        return std::nullopt;
    if (!std::all_of(s.begin(), s.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; }))
        return std::nullopt;
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return v;
}

std::optional<double> wholeNumber(std::string_view s)
{
    if (s.empty() || s.find('.') != std::string_view::npos)
        return std::nullopt;
    return decimal(s);
}

// "h:mm:ss.f" or "mm:ss.f": minutes and seconds below 60, hours unbounded.
std::optional<double> clock(std::string_view s)
{
    std::array<std::string_view, 3> parts;
    std::size_t count = 0;
    while (true) {
        const auto colon = s.find(':');
        if (count == parts.size())
            return std::nullopt;
        parts[count++] = s.substr(0, colon);
        if (colon == std::string_view::npos)
            break;
        s.remove_prefix(colon + 1);
    }
    if (count < 2)
        return std::nullopt;
    const auto seconds = decimal(parts[count - 1]);
    const auto minutes = wholeNumber(parts[count - 2]);
    const auto hours = count == 3 ? wholeNumber(parts[0]) : std::optional<double>(0);
    if (!seconds || !minutes || !hours || *seconds >= 60 || *minutes >= 60)
        return std::nullopt;
    return *hours * 3600 + *minutes * 60 + *seconds;
}

std::string normalise(std::string_view word)
{
    std::string out;
    for (char c : word)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Space-separated tokens with any "prefix:" dropped ("z3998:footnote" → "footnote").
template <typename F> void forEachToken(std::string_view list, F&& f)
{
    while (!list.empty()) {
        const auto start = list.find_first_not_of(" \t\r\n");
        if (start == std::string_view::npos)
            break;
        list.remove_prefix(start);
        const auto end = list.find_first_of(" \t\r\n");
        std::string_view token = list.substr(0, end);
        if (const auto colon = token.rfind(':'); colon != std::string_view::npos)
            token.remove_prefix(colon + 1);
        f(token);
        if (end == std::string_view::npos)
            break;
        list.remove_prefix(end);
    }
}

Skippable classifyWord(std::string_view token)
{
    // SMIL 1.0 DAISY 2.02 writes system-required="footnote-on".
    if (token.size() > 3 && token.substr(token.size() - 3) == "-on")
        token.remove_suffix(3);
    const std::string w = normalise(token);
    struct Entry {
        const char* word;
        Skippable kind;
    };
    static constexpr Entry table[] = {
        {"pagenum", Skippable::PageNumber},
        {"pagenumber", Skippable::PageNumber},
        {"pagebreak", Skippable::PageNumber},
        {"page", Skippable::PageNumber},
        {"note", Skippable::Note},
        {"notes", Skippable::Note},
        {"footnote", Skippable::Note},
        {"footnotes", Skippable::Note},
        {"endnote", Skippable::Note},
        {"endnotes", Skippable::Note},
        {"rearnote", Skippable::Note},
        {"rearnotes", Skippable::Note},
        {"noteref", Skippable::NoteReference},
        {"notereference", Skippable::NoteReference},
        {"annoref", Skippable::NoteReference},
        {"sidebar", Skippable::Sidebar},
        {"optionalsidebar", Skippable::Sidebar},
        {"prodnote", Skippable::ProducerNote},
        {"optionalprodnote", Skippable::ProducerNote},
        {"producernote", Skippable::ProducerNote},
        {"optionalproducernote", Skippable::ProducerNote},
        {"annotation", Skippable::Annotation},
        {"linenum", Skippable::LineNumber},
        {"linenumber", Skippable::LineNumber},
        // EPUB 3 Media Overlays: the remaining skippable structures.
        {"practice", Skippable::Other},
        {"marginalia", Skippable::Other},
        {"help", Skippable::Other},
        {"table", Skippable::Other},
        {"tablerow", Skippable::Other},
        {"tablecell", Skippable::Other},
        {"list", Skippable::Other},
        {"listitem", Skippable::Other},
    };
    for (const auto& e : table)
        if (w == e.word)
            return e.kind;
    return Skippable::None;
}

} // namespace

std::optional<double> parseClockValue(std::string_view text)
{
    const std::string_view s = trim(text);
    if (s.empty())
        return std::nullopt;
    if (s.find(':') != std::string_view::npos)
        return clock(s);
    struct Metric {
        std::string_view suffix;
        double factor;
    };
    // Longest suffixes first: "ms" before "s", "min" before nothing.
    static constexpr Metric metrics[] = {{"ms", 0.001}, {"min", 60}, {"h", 3600}, {"s", 1}};
    for (const auto& m : metrics) {
        if (s.size() > m.suffix.size() && s.substr(s.size() - m.suffix.size()) == m.suffix) {
            const auto v = decimal(s.substr(0, s.size() - m.suffix.size()));
            return v ? std::optional<double>(*v * m.factor) : std::nullopt;
        }
    }
    return decimal(s);
}

std::optional<double> parseClipTime(std::string_view text)
{
    std::string_view s = trim(text);
    if (s.substr(0, 4) == "npt=")
        s.remove_prefix(4);
    return parseClockValue(s);
}

Skippable classifySkippable(std::string_view name)
{
    Skippable out = Skippable::None;
    forEachToken(name, [&](std::string_view token) { out = out | classifyWord(token); });
    return out;
}

bool isEscapableType(std::string_view name)
{
    static constexpr const char* escapable[] = {
        "sidebar",
        "bibliography",
        "toc",
        "loi",
        "appendix",
        "landmarks",
        "lot",
        "index",
        "colophon",
        "epigraph",
        "conclusion",
        "afterword",
        "warning",
        "epilogue",
        "foreword",
        "introduction",
        "prologue",
        "preface",
        "preamble",
        "notice",
        "errata",
        "copyrightpage",
        "acknowledgments",
        "othercredits",
        "titlepage",
        "imprimatur",
        "contributors",
        "halftitlepage",
        "dedication",
        "help",
        "annotation",
        "marginalia",
        "practice",
        "note",
        "footnote",
        "rearnote",
        "footnotes",
        "rearnotes",
        "endnote",
        "endnotes",
        "bridgehead",
        "pagelist",
        "table",
        "tablerow",
        "tablecell",
        "list",
        "listitem",
        "glossary",
        "prodnote",
        "optionalprodnote",
        "optionalsidebar",
    };
    bool found = false;
    forEachToken(name, [&](std::string_view token) {
        const std::string w = normalise(token);
        for (const char* e : escapable)
            found |= w == e;
    });
    return found;
}

} // namespace tingdu::media::smil
