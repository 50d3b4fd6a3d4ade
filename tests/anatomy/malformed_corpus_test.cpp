// The malformed-input corpus: every class of broken or hostile model the reliability audit found,
// and more, generated here from the stand-in model and run through the real `posturelab
// check-model`. Each must end in exit 2 with a short message naming the file, without hanging or
// taking much memory, and leave the file as it was. Under the asan preset this runs with ASan and
// UBSan, so a case that reads or writes out of bounds fails here too.
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "anatomy/test_model.h"
#include "support/run_process.h"

namespace fs = std::filesystem;

namespace {

struct Case {
  std::string name;                 // the file's name in the corpus folder
  std::vector<std::uint8_t> bytes;  // what the file holds
};

std::vector<std::uint8_t> bytes_of(const std::string& text) { return {text.begin(), text.end()}; }

void put_u32(std::vector<std::uint8_t>& bytes, std::size_t at, std::uint32_t value) {
  for (int i = 0; i < 4; ++i)
    bytes[at + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(value >> (8 * i));
}

std::vector<Case> corpus() {
  std::vector<Case> cases;
  const testmodel::Model valid = testmodel::build();
  const int positions = valid.doc["meshes"][0]["primitives"][0]["attributes"]["POSITION"].get<int>();
  auto edited = [&](const std::string& name, const std::function<void(testmodel::Model&)>& edit) {
    testmodel::Model model = valid;
    edit(model);
    cases.push_back({name + ".glb", model.glb()});
  };
  // The importer's arithmetic and allocations.
  edited("count-wraps-size",
         [&](testmodel::Model& m) { m.doc["accessors"][positions]["count"] = 6148914691236517206u; });
  edited("count-past-view", [&](testmodel::Model& m) { m.doc["accessors"][positions]["count"] = 100000; });
  edited("zeros-without-view", [&](testmodel::Model& m) {
    m.doc["accessors"][positions].erase("bufferView");
    m.doc["accessors"][positions]["count"] = 10000000;
  });
  edited("offset-past-view",
         [&](testmodel::Model& m) { m.doc["accessors"][positions]["byteOffset"] = 1 << 30; });
  edited("view-past-buffer", [&](testmodel::Model& m) { m.doc["bufferViews"][0]["byteLength"] = 1 << 30; });
  edited("negative-count", [&](testmodel::Model& m) { m.doc["accessors"][positions]["count"] = -3; });
  edited("stride-shorter-than-element", [&](testmodel::Model& m) {
    m.doc["bufferViews"][m.doc["accessors"][positions]["bufferView"].get<std::size_t>()]["byteStride"] = 4;
  });
  edited("skin-joint-not-a-node", [&](testmodel::Model& m) { m.doc["skins"][0]["joints"][0] = 99999; });
  edited("unknown-component-type",
         [&](testmodel::Model& m) { m.doc["accessors"][positions]["componentType"] = 9999; });
  edited("unknown-accessor-type",
         [&](testmodel::Model& m) { m.doc["accessors"][positions]["type"] = "VEC7"; });
  // Counts past the limits, and what the renderer could not draw.
  edited("5000-nodes", [&](testmodel::Model& m) {
    for (int i = 0; i < 5000; ++i) m.doc["nodes"].push_back({{"name", "extra_" + std::to_string(i)}});
  });
  edited("one-mesh-drawn-5000-times", [&](testmodel::Model& m) {
    for (int i = 0; i < 5000; ++i) {
      m.doc["scenes"][0]["nodes"].push_back(m.doc["nodes"].size());
      m.doc["nodes"].push_back({{"mesh", 0}});
    }
  });
  edited("skin-past-the-joint-limit", [&](testmodel::Model& m) {
    for (int i = 0; i < 300; ++i) {
      m.doc["skins"][0]["joints"].push_back(m.doc["nodes"].size());
      m.doc["nodes"].push_back({{"name", "joint.extra_" + std::to_string(i)}});
    }
  });
  edited("duplicate-skin-joints",
         [&](testmodel::Model& m) { m.doc["skins"][0]["joints"][1] = m.doc["skins"][0]["joints"][0]; });
  // References to nothing, and what glTF 2.0 forbids.
  edited("missing-scene", [&](testmodel::Model& m) { m.doc["scene"] = 7; });
  edited("missing-material",
         [&](testmodel::Model& m) { m.doc["meshes"][0]["primitives"][0]["material"] = 99; });
  edited("missing-accessor",
         [&](testmodel::Model& m) { m.doc["meshes"][0]["primitives"][0]["attributes"]["POSITION"] = 9999; });
  edited("node-cycle", [&](testmodel::Model& m) {
    m.doc["nodes"][0]["children"] = {1};
    m.doc["nodes"][1]["children"] = {0};
  });
  edited("own-child", [&](testmodel::Model& m) { m.doc["nodes"][0]["children"] = {0}; });
  edited("asset-version-1", [&](testmodel::Model& m) { m.doc["asset"]["version"] = "1.0"; });
  edited("required-extension",
         [&](testmodel::Model& m) { m.doc["extensionsRequired"] = {"KHR_draco_mesh_compression"}; });
  edited("unknown-category", [&](testmodel::Model& m) { m.doc["nodes"][0]["extras"]["category"] = "organ"; });
  // The GLB container.
  const std::vector<std::uint8_t> glb = valid.glb();
  auto container = [&](const std::string& name, const std::function<void(std::vector<std::uint8_t>&)>& edit) {
    std::vector<std::uint8_t> bytes = glb;
    edit(bytes);
    cases.push_back({name + ".glb", bytes});
  };
  container("cut-with-header-rewritten", [](std::vector<std::uint8_t>& b) {
    b.resize(b.size() - 6);
    put_u32(b, 8, static_cast<std::uint32_t>(b.size()));
  });
  container("header-length-wrong",
            [](std::vector<std::uint8_t>& b) { put_u32(b, 8, static_cast<std::uint32_t>(b.size() + 100)); });
  container("glb-version-1", [](std::vector<std::uint8_t>& b) { put_u32(b, 4, 1); });
  container("json-chunk-past-the-end", [](std::vector<std::uint8_t>& b) { put_u32(b, 12, 0x7FFFFFF0u); });
  container("first-chunk-not-json", [](std::vector<std::uint8_t>& b) { put_u32(b, 16, 0x004E4942u); });
  container("cut-in-the-header", [](std::vector<std::uint8_t>& b) { b.resize(10); });
  // Text that is not a model, and models in text form.
  cases.push_back({"empty.glb", {}});
  cases.push_back({"garbage.glb", bytes_of("this is not a model at all")});
  cases.push_back({"cut-json.gltf", bytes_of("{\"asset\": {\"version\": \"2.0\"}, \"nodes\": [")});
  cases.push_back({"array.gltf", bytes_of("[1, 2, 3]")});
  cases.push_back({"deep-extras.gltf", bytes_of("{\"asset\": {\"version\": \"2.0\"}, \"extras\": " +
                                                std::string(20000, '[') + std::string(20000, ']') + "}")});
  cases.push_back({"zero-length-buffer.gltf",
                   bytes_of("{\"asset\": {\"version\": \"2.0\"}, \"buffers\": [{\"byteLength\": 0}]}")});
  const std::string one_buffer =
      "{\"asset\": {\"version\": \"2.0\"}, \"buffers\": [{\"byteLength\": 36, \"uri\": \"";
  cases.push_back({"buffer-outside-folder.gltf", bytes_of(one_buffer + "../../../etc/passwd\"}]}")});
  cases.push_back({"buffer-absolute.gltf", bytes_of(one_buffer + "/etc/passwd\"}]}")});
  cases.push_back({"buffer-missing.gltf", bytes_of(one_buffer + "missing.bin\"}]}")});
  cases.push_back(
      {"buffer-bad-base64.gltf", bytes_of(one_buffer + "data:application/octet-stream;base64,@@@@\"}]}")});
  return cases;
}

struct Run {
  support::ProcessResult result;
  double seconds = 0.0;
};

Run check_model(const fs::path& file) {
  const auto start = std::chrono::steady_clock::now();
  // `timeout` turns a hang into a failure (exit 124) instead of a test that never ends.
  Run run{support::run_process("timeout 60 " + std::string(POSTURELAB_EXECUTABLE) + " check-model '" +
                               file.string() + "' 2>&1"),
          0.0};
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return run;
}

std::vector<std::uint8_t> read_all(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("every model of the malformed corpus is refused with its name, fast, small, and untouched") {
  const fs::path folder = fs::temp_directory_path() / "posturelab_malformed_corpus";
  fs::remove_all(folder);
  fs::create_directories(folder);
  std::vector<std::pair<fs::path, std::vector<std::uint8_t>>> files;
  for (const Case& c : corpus()) {
    const fs::path file = folder / c.name;
    std::ofstream(file, std::ios::binary)
        .write(reinterpret_cast<const char*>(c.bytes.data()), static_cast<std::streamsize>(c.bytes.size()));
    files.emplace_back(file, c.bytes);
  }
  // And what is not a file at all.
  fs::create_directories(folder / "a-folder.glb");
  REQUIRE(::mkfifo((folder / "a-fifo.glb").c_str(), 0600) == 0);
  std::vector<fs::path> special = {folder / "a-folder.glb", folder / "a-fifo.glb", "/dev/zero"};

  double slowest = 0.0;
  std::string slowest_name;
  auto check = [&](const fs::path& file) {
    const Run run = check_model(file);
    INFO(file.filename().string() << " (" << run.seconds << " s):\n" << run.result.output);
    CHECK(run.result.exit_code == 2);
    CHECK(run.result.output.rfind("posturelab: error: ", 0) == 0);
    CHECK(run.result.output.find(file.filename().string()) != std::string::npos);
    CHECK(run.result.output.size() < 600);  // one line, nothing echoed whole
    if (run.seconds > slowest) {
      slowest = run.seconds;
      slowest_name = file.filename().string();
    }
  };
  for (const auto& [file, bytes] : files) {
    check(file);
    CHECK(read_all(file) == bytes);  // checking a model never writes to it
  }
  for (const fs::path& file : special) check(file);
  // Generous bounds for a sanitizer build on a busy machine: a hang or a blow-up is far beyond them
  // (the audit's cases took 4 GB and 50 s); each case here takes a fraction of a second.
  rusage children{};
  REQUIRE(::getrusage(RUSAGE_CHILDREN, &children) == 0);
  const double peak_mb = static_cast<double>(children.ru_maxrss) / 1024.0;
  INFO(files.size() + special.size() << " cases; the slowest " << slowest_name << " took " << slowest
                                     << " s; the largest used " << peak_mb << " MB");
  CHECK(files.size() + special.size() >= 40);
  CHECK(slowest < 20.0);
  CHECK(peak_mb < 1024.0);
  fs::remove_all(folder);
}
