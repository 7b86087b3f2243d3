#include "tingdu/media/AccessibilityDescription.h"

#include <algorithm>
#include <cctype>

namespace tingdu::media {

namespace {

struct Term {
    const char* value; ///< schema.org term, compared case-insensitively
    const char* code;
    const char* text;
};

// Order here is the order a listener hears them (W3C accessibility metadata display guide).
constexpr Term kFeatures[] = {
    {"tableOfContents", "toc", "Has a table of contents"},
    {"structuralNavigation", "headings", "Has structured headings for navigation"},
    {"printPageNumbers", "page-list", "Has a page list"},
    {"pageBreakMarkers", "page-list", "Has a page list"},
    {"pageNavigation", "page-list", "Has a page list"},
    {"readingOrder", "reading-order", "Has a logical reading order"},
    {"alternativeText", "alt-text", "Has alternative text for images"},
    {"longDescription", "long-descriptions", "Has long descriptions for complex images"},
    {"describedMath", "math", "Has described mathematics"},
    {"MathML", "mathml", "Has mathematics as MathML"},
    {"synchronizedAudioText", "narration", "Has narration synchronised with the text"},
    {"ttsMarkup", "pronunciation", "Has pronunciation markup for speech"},
    {"ssml", "pronunciation", "Has pronunciation markup for speech"},
    {"captions", "captions", "Has captions for video"},
    {"transcript", "transcripts", "Has transcripts for audio and video"},
    {"displayTransformability", "adjustable-display", "Text can be resized and restyled"},
    {"highContrastDisplay", "high-contrast", "Has a high-contrast display"},
    {"largePrint", "large-print", "Is set in large print"},
    {"braille", "braille", "Is available in braille"},
    {"index", "index", "Has an index"},
    {"ARIA", "aria", "Marks its structure with ARIA roles"},
    {"annotations", "annotations", "Has annotations"},
    {"unlocked", "unlocked", "Has no digital rights management"},
    {"none", "no-features", "Declares no accessibility features"},
};

constexpr Term kHazards[] = {
    {"none", "no-hazards", "No flashing, motion or sound hazards"},
    {"noFlashingHazard", "no-flashing", "No flashing hazards"},
    {"noMotionSimulationHazard", "no-motion", "No motion simulation hazards"},
    {"noSoundHazard", "no-sound", "No sound hazards"},
    {"flashing", "flashing-hazard", "Warning: has flashing content"},
    {"motionSimulation", "motion-hazard", "Warning: has motion simulation"},
    {"sound", "sound-hazard", "Warning: has sounds that may disturb"},
    {"unknown", "hazards-unknown", "Hazards are not known"},
};

bool sameTerm(const std::string& a, const char* b)
{
    const std::string_view bv(b);
    return a.size() == bv.size() && std::equal(a.begin(), a.end(), bv.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

void addUnique(std::vector<AccessibilityStatement>& out, AccessibilityStatement s)
{
    for (const auto& existing : out)
        if (existing.code == s.code && existing.argument == s.argument)
            return;
    out.push_back(std::move(s));
}

template <std::size_t N>
void describeTerms(const std::vector<std::string>& values, const Term (&terms)[N], const char* unknownCode,
                   const char* unknownPrefix, std::vector<AccessibilityStatement>& out)
{
    // Known terms in the table's order, then unknown ones as written.
    for (const Term& t : terms)
        for (const auto& v : values)
            if (sameTerm(v, t.value))
                addUnique(out, {t.code, {}, t.text});
    for (const auto& v : values) {
        const bool known = std::any_of(std::begin(terms), std::end(terms),
                                       [&](const Term& t) { return sameTerm(v, t.value); });
        if (!known)
            addUnique(out, {unknownCode, v, std::string(unknownPrefix) + v});
    }
}

} // namespace

std::vector<AccessibilityStatement> describeAccessibility(const AccessibilityMetadata& m)
{
    std::vector<AccessibilityStatement> out;
    for (const auto& sufficient : m.accessModesSufficient) {
        std::string modes;
        for (char c : sufficient)
            if (!std::isspace(static_cast<unsigned char>(c)))
                modes += c;
        if (sameTerm(modes, "textual"))
            addUnique(out, {"readable-as-text", {}, "Can be read entirely as text, with speech or braille"});
        else if (sameTerm(modes, "auditory"))
            addUnique(out, {"readable-as-audio", {}, "Can be listened to entirely as audio"});
    }
    describeTerms(m.features, kFeatures, "feature", "Has the feature ", out);
    describeTerms(m.hazards, kHazards, "hazard", "Hazard: ", out);
    // The three separate "no hazard" terms say together what "none" says in one sentence.
    auto has = [&](const char* code) {
        return std::any_of(out.begin(), out.end(), [&](const auto& s) { return s.code == code; });
    };
    if (has("no-flashing") && has("no-motion") && has("no-sound")) {
        const bool saidNone = has("no-hazards");
        const auto first =
            std::find_if(out.begin(), out.end(), [](const auto& s) { return s.code == "no-flashing"; });
        if (!saidNone)
            *first = {"no-hazards", {}, "No flashing, motion or sound hazards"};
        std::erase_if(out, [](const auto& s) {
            return s.code == "no-motion" || s.code == "no-sound" || s.code == "no-flashing";
        });
    }
    for (const auto& standard : m.conformsTo)
        addUnique(out, {"conforms", standard, "Meets the accessibility standard " + standard});
    if (!m.certifiedBy.empty())
        addUnique(out, {"certified", m.certifiedBy, "Certified by " + m.certifiedBy});
    if (!m.summary.empty())
        out.push_back({"summary", m.summary, m.summary});
    if (out.empty())
        out.push_back({"no-metadata", {}, "No accessibility information is provided"});
    return out;
}

std::string accessibilityLine(const std::vector<AccessibilityStatement>& statements)
{
    std::string line;
    for (const auto& s : statements) {
        if (s.code == "summary" || s.text.empty())
            continue;
        std::string sentence = s.text;
        if (!line.empty()) {
            line += "; ";
            // Mid-line the sentence goes on in lower case, unless it starts with an acronym.
            if (sentence.size() > 1 && std::islower(static_cast<unsigned char>(sentence[1])))
                sentence[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(sentence[0])));
        }
        line += sentence;
    }
    return line.empty() ? line : line + ".";
}

} // namespace tingdu::media
