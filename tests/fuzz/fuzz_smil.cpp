// SMIL 1.0 / 2.0 / 3.0 from DAISY books and EPUB media overlays.
#include "smil/Smil.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    (void)tingdu::media::smil::parse(bytes, "fuzz.smil");
    return 0;
}
