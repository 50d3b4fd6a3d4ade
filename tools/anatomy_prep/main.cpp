// anatomy_prep: converts, cleans and decimates the openly licensed anatomy meshes of
// the staged anatomy-sources folder once into models/sources/*.plm, with models/sources/provenance.json
// (source, commit, file, checksum, licence, what was changed). modelgen reads only the prepared files,
// so the model builds from a fresh clone; this step is rerun only when the part table changes.
//   anatomy_prep --sources DIR --out DIR
#include "mesh_cleanup.h"
#include "part_table.h"
#include "prepared_mesh.h"
#include "source_readers.h"

#include "core/file_io.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>

namespace {

using anatomy_prep::Part;

struct ManifestRow {
  std::uintmax_t bytes = 0;
  std::string sha256, source;
};

// MANIFEST.tsv: file, bytes, sha256, git blob, source.
std::map<std::string, ManifestRow> read_manifest(const std::filesystem::path& folder) {
  std::map<std::string, ManifestRow> rows;
  const auto text = core::read_file(folder / "MANIFEST.tsv");
  if (!text) return rows;
  std::istringstream in(*text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string file, bytes, sha, blob, source;
    std::getline(fields, file, '\t');
    std::getline(fields, bytes, '\t');
    std::getline(fields, sha, '\t');
    std::getline(fields, blob, '\t');
    std::getline(fields, source, '\t');
    rows[file] = {std::stoull(bytes), sha, source};
  }
  return rows;
}

bool write_bytes(const std::filesystem::path& path, const std::string& bytes) {
  return core::write_file_atomically(path, bytes).ok();
}

int fail(const std::string& message) {
  std::fprintf(stderr, "anatomy_prep: %s\n", message.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path sources, out;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--sources" && i + 1 < argc) {
      sources = argv[++i];
    } else if (arg == "--out" && i + 1 < argc) {
      out = argv[++i];
    } else {
      std::fprintf(stderr, "usage: anatomy_prep --sources DIR --out DIR\nunknown argument: %s\n",
                   arg.c_str());
      return 2;
    }
  }
  if (sources.empty() || out.empty()) {
    std::fprintf(stderr, "usage: anatomy_prep --sources DIR --out DIR\n");
    return 2;
  }
  if (!std::filesystem::is_directory(sources)) {
    return fail(sources.string() + " is not a folder (expected the staged anatomy-sources folder)");
  }
  std::filesystem::create_directories(out);
  nlohmann::ordered_json provenance;
  provenance["note"] =
      "Written by tools/anatomy_prep from the staged anatomy-sources folder; do not edit. Positions are in "
      "the glTF "
      "axes (metres, +Y up, +Z anterior, +X the body's left) but not yet fitted to the model's body: "
      "tools/modelgen registers them.";
  nlohmann::ordered_json& list = provenance["parts"];
  for (const Part& part : anatomy_prep::parts()) {
    const anatomy_prep::Dataset& data = anatomy_prep::dataset(part.dataset);
    const std::filesystem::path folder = sources / data.folder;
    const auto manifest = read_manifest(folder);
    anatomy_prep::Soup soup;
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    std::string error;
    if (part.files.size() == 2 && part.files[0].ends_with(".csv")) {
      if (!anatomy_prep::read_csv_mesh((folder / part.files[0]).string(), (folder / part.files[1]).string(),
                                       soup, error)) {
        return fail(error);
      }
    } else {
      for (const std::string& file : part.files) {
        if (!anatomy_prep::read_stl((folder / file).string(), soup, error)) return fail(error);
      }
    }
    for (const std::string& file : part.files) {
      const auto row = manifest.find(file);
      if (row == manifest.end()) return fail((folder / "MANIFEST.tsv").string() + " does not list " + file);
      const std::uintmax_t size = std::filesystem::file_size(folder / file);
      if (size != row->second.bytes) {
        return fail((folder / file).string() + " is " + std::to_string(size) + " bytes, the manifest says " +
                    std::to_string(row->second.bytes));
      }
      std::string origin = row->second.source;
      if (origin.find(':') == std::string::npos) {
        // Manifests that give only the path: the dataset README names the repository and commit.
        origin = "see " + data.folder + "/README.md: " + origin;
      }
      files.push_back({{"file", data.folder + "/" + file},
                       {"bytes", row->second.bytes},
                       {"sha256", row->second.sha256},
                       {"source", origin}});
    }
    for (glm::vec3& p : soup.corners) p = data.to_gltf(p);
    anatomy_prep::CleanupReport report;
    const anatomy_prep::PreparedMesh mesh =
        anatomy_prep::clean(soup, part.piece_index, part.min_piece_fraction, part.target_triangles, report);
    if (mesh.indices.empty()) return fail(part.id + ": nothing left after clean-up");
    const auto bytes = anatomy_prep::encode(mesh);
    const std::filesystem::path target = out / (part.id + ".plm");
    if (!write_bytes(target, std::string(bytes.begin(), bytes.end())))
      return fail("cannot write " + target.string());
    std::ostringstream changes;
    changes << "converted from " << data.frame << " to the glTF axes in metres; welded equal positions";
    if (report.degenerate_removed)
      changes << "; " << report.degenerate_removed << " degenerate triangles removed";
    if (report.pieces_flipped) changes << "; " << report.pieces_flipped << " inside-out pieces flipped";
    if (report.pieces_kept < report.pieces_found) {
      changes << "; kept " << report.pieces_kept << " of " << report.pieces_found << " connected pieces";
    }
    changes << "; decimated with meshoptimizer from " << report.kept_triangles << " to " << report.triangles
            << " triangles (deviation " << report.simplify_error_mm << " mm)";
    if (!part.note.empty()) changes << "; " << part.note;
    list.push_back({{"id", part.id},
                    {"file", target.filename().string()},
                    {"dataset", data.key},
                    {"licence", data.licence},
                    {"attribution", data.attribution},
                    {"sources", files},
                    {"changes", changes.str()},
                    {"triangles", report.triangles},
                    {"vertices", report.vertices},
                    {"open_edges", report.boundary_edges}});
    std::printf("anatomy_prep: %-12s %6zu -> %5zu triangles, %zu/%zu pieces, %zu open edges, %.2f mm\n",
                part.id.c_str(), report.kept_triangles, report.triangles, report.pieces_kept,
                report.pieces_found, report.boundary_edges, report.simplify_error_mm);
  }
  if (!write_bytes(out / "provenance.json", provenance.dump(2) + "\n"))
    return fail("cannot write provenance.json");
  return 0;
}
