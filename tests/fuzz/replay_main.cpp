// Replays inputs through a fuzz target without libFuzzer, so that the ordinary (g++) build and
// every CTest run feed each target its seed corpus and the crash inputs kept as regressions.
// Usage: replay_<target> FILE_OR_DIR...  (directories: every file in them, sorted by name; an
// absent one is skipped, since git keeps no empty regressions/<target>/ folder).
// A crash, an abort or a sanitizer report fails the run, and so does finding no input at all;
// otherwise it prints how many inputs it fed and exits 0.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

bool replayFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", path.c_str());
        return false;
    }
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::fprintf(stderr, "replaying %s (%zu bytes)\n", path.c_str(), bytes.size());
    // A copy of exactly the input's size, as libFuzzer passes it, so an overread is caught.
    std::vector<uint8_t> data(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(data.empty() ? nullptr : data.data(), data.size());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE_OR_DIR...\n", argv[0]);
        return 2;
    }
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg(argv[i]);
        std::error_code ec;
        if (std::filesystem::is_directory(arg, ec)) {
            std::vector<std::filesystem::path> files;
            for (const auto &entry : std::filesystem::directory_iterator(arg))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            std::sort(files.begin(), files.end());
            for (const auto &f : files) {
                if (!replayFile(f))
                    return 1;
                ++count;
            }
        } else if (std::filesystem::exists(arg, ec)) {
            if (!replayFile(arg))
                return 1;
            ++count;
        } else {
            std::fprintf(stderr, "%s: absent, skipped\n", argv[i]);
        }
    }
    if (count == 0) {
        std::fprintf(stderr, "no input found: the seed corpus is missing\n");
        return 1;
    }
    std::printf("%d inputs replayed without a crash\n", count);
    return 0;
}
