#include "modelgen/glb_file.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>

TEST_CASE("the generator reproduces the committed model byte for byte, in under a minute") {
    const std::string out = std::string(POSTURELAB_BINARY_DIR) + "/modelgen_reproduced.glb";
    std::filesystem::remove(out);
    const auto start = std::chrono::steady_clock::now();
    const std::string command = std::string("\"") + MODELGEN_EXECUTABLE + "\" --out \"" + out + "\"";
    REQUIRE(std::system(command.c_str()) == 0);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(seconds < 60.0);
    const auto fresh = modelgen_test::GlbFile::read_bytes(out);
    const auto committed = modelgen_test::GlbFile::read_bytes(modelgen_test::model_path());
    INFO("regenerate with: cmake --build <build> --target generate_model");
    REQUIRE(fresh.size() == committed.size());
    CHECK(fresh == committed);
}
