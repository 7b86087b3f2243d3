#pragma once
// eSpeak NG allows one engine per process, so every test in this executable shares this one.
#include <stdexcept>

#include "tingdu/accessibility/SpeechEngine.h"

namespace tingdu::testing {

inline accessibility::SpeechEngine& testEngine()
{
    static auto engine = accessibility::SpeechEngine::create();
    if (!engine)
        throw std::runtime_error(engine.error().describe());
    return **engine;
}

}  // namespace tingdu::testing
