#pragma once
// libavfilter, loaded on first use. Debian builds it against ~30 libraries that nothing else
// here needs (flite voices, rubberband, zimg, placebo, pocketsphinx, ...): linking it costs
// every process ~11 MB of resident memory and their start-up time. Only the tempo stage uses
// it, and only away from 1.0×, so it is opened then, once, and stays loaded.
// Thread-safe: the first call loads, later calls return the same table.
#include <cstdint>  // before FFmpeg: its headers need UINT64_C

extern "C" {
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
}

#include "tingdu/media/Result.h"

namespace tingdu::media::audio {

/// The libavfilter entry points the tempo stage calls, resolved from the loaded library.
struct FilterApi {
    decltype(&avfilter_graph_alloc) graphAlloc = nullptr;
    decltype(&avfilter_graph_free) graphFree = nullptr;
    decltype(&avfilter_get_by_name) getByName = nullptr;
    decltype(&avfilter_graph_create_filter) createFilter = nullptr;
    decltype(&avfilter_link) link = nullptr;
    decltype(&avfilter_graph_config) config = nullptr;
    decltype(&avfilter_graph_send_command) sendCommand = nullptr;
    decltype(&av_buffersrc_add_frame_flags) addFrame = nullptr;
    decltype(&av_buffersink_get_frame) getFrame = nullptr;
};

/// The loaded library's entry points, or Unsupported when libavfilter of the major version
/// this was built against cannot be loaded (the message names the file).
Result<const FilterApi*> filterApi();

/// Whether libavfilter is mapped into this process (for tests and the benchmark).
bool filterLibraryLoaded();

}  // namespace tingdu::media::audio
