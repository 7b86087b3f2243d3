#include "FilterLibrary.h"

#include <string>

#ifndef TINGDU_LINK_AVFILTER
#include <dlfcn.h>
#endif

namespace tingdu::media::audio {

namespace {

struct Loaded {
    FilterApi api;
    std::string error;  // empty when api is complete
};

#ifdef TINGDU_LINK_AVFILTER
// Platforms other than Linux link libavfilter as usual (see CMakeLists.txt).
Loaded load()
{
    Loaded l;
    l.api = FilterApi{avfilter_graph_alloc, avfilter_graph_free, avfilter_get_by_name, avfilter_graph_create_filter,
                      avfilter_link, avfilter_graph_config, avfilter_graph_send_command, av_buffersrc_add_frame_flags,
                      av_buffersink_get_frame};
    return l;
}
#else
#define TINGDU_STR2(x) #x
#define TINGDU_STR(x) TINGDU_STR2(x)
constexpr const char* kLibrary = "libavfilter.so." TINGDU_STR(LIBAVFILTER_VERSION_MAJOR);

template <typename F>
bool resolve(void* handle, const char* name, F& out)
{
    // POSIX guarantees a data pointer from dlsym converts to a function pointer.
    out = reinterpret_cast<F>(dlsym(handle, name));
    return out != nullptr;
}

Loaded load()
{
    Loaded l;
    // RTLD_LOCAL: its symbols stay out of the global namespace; we call only through the table.
    void* handle = dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* why = dlerror();
        l.error = std::string("cannot load ") + kLibrary + (why ? std::string(": ") + why : std::string());
        return l;
    }
    FilterApi& a = l.api;
    const bool complete = resolve(handle, "avfilter_graph_alloc", a.graphAlloc) &&
                          resolve(handle, "avfilter_graph_free", a.graphFree) &&
                          resolve(handle, "avfilter_get_by_name", a.getByName) &&
                          resolve(handle, "avfilter_graph_create_filter", a.createFilter) &&
                          resolve(handle, "avfilter_link", a.link) &&
                          resolve(handle, "avfilter_graph_config", a.config) &&
                          resolve(handle, "avfilter_graph_send_command", a.sendCommand) &&
                          resolve(handle, "av_buffersrc_add_frame_flags", a.addFrame) &&
                          resolve(handle, "av_buffersink_get_frame", a.getFrame);
    if (!complete)
        l.error = std::string(kLibrary) + " lacks an entry point the tempo stage needs";
    // The handle is never closed: graphs may outlive any one user, and unloading saves nothing
    // a listener who changed speed once would not load again.
    return l;
}
#endif

const Loaded& loaded()
{
    static const Loaded instance = load();
    return instance;
}

}  // namespace

Result<const FilterApi*> filterApi()
{
    const Loaded& l = loaded();
    if (!l.error.empty())
        return makeError(ErrorCode::Unsupported, "speed change is unavailable: " + l.error);
    return &l.api;
}

bool filterLibraryLoaded()
{
#ifdef TINGDU_LINK_AVFILTER
    return true;
#else
    // RTLD_NOLOAD only looks: it never maps the library.
    void* handle = dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL | RTLD_NOLOAD);
    if (!handle)
        return false;
    dlclose(handle);  // drops the reference RTLD_NOLOAD just took
    return true;
#endif
}

}  // namespace tingdu::media::audio
