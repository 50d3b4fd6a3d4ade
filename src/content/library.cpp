#include "content/library.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "core/asset_paths.h"
#include "core/file_io.h"
#include "core/log.h"

namespace content {

using json = nlohmann::json;
namespace fs = std::filesystem;

std::string_view verdict_name(Verdict verdict) {
  switch (verdict) {
    case Verdict::supported:
      return "supported";
    case Verdict::disputed:
      return "disputed";
    case Verdict::unsupported:
      return "unsupported";
  }
  return "unsupported";
}

namespace {

constexpr std::array kViews = {"side", "front", "back", "oblique"};
constexpr std::array kCalibrations = {"article", "evidence"};
constexpr std::array kSliders = {"hamstrings", "quadriceps", "hip-flexor-tightness", "glutes", "abdominals"};
constexpr std::string_view kFixHint = " Fix the file or reinstall PostureLab.";

template <typename Array>
bool contains(const Array& array, std::string_view value) {
  return std::find(std::begin(array), std::end(array), value) != std::end(array);
}

// Field rules for the per-language text files: which string fields an entry has.
struct FieldRule {
  std::string name;
  bool required = true;
};
using Fields = std::map<std::string, std::string, std::less<>>;
using Entries = std::map<std::string, Fields, std::less<>>;
struct EntrySpec {
  std::string id;
  std::vector<FieldRule> fields;
};

}  // namespace

// Builds a Library from content/; holds the folder so every error can name its file.
class Loader {
 public:
  explicit Loader(fs::path dir) : dir_(std::move(dir)) {}

  core::Result<Library> run() {
    if (auto s = load_placeholders(); !s) return s.error();
    if (auto s = load_structures(); !s) return s.error();
    if (auto s = load_references(); !s) return s.error();
    if (auto s = load_evidence_structure(); !s) return s.error();
    if (auto s = load_article_structure(); !s) return s.error();
    if (auto s = load_tour_structure(); !s) return s.error();
    for (Language language : {Language::en, Language::de}) {
      if (auto s = load_language(language); !s) return s.error();
    }
    if (auto s = check_tour_callouts(); !s) return s.error();
    for (const std::string& w : lib_.warnings_) core::log_warning(w);
    return std::move(lib_);
  }

 private:
  std::string shown(std::string_view relative) const { return (dir_ / fs::path(relative)).string(); }

  core::Error error(std::string_view file, std::string_view key, std::string_view problem) const {
    std::string message = shown(file);
    if (!key.empty()) message += ": '" + std::string(key) + "'";
    message += ": " + std::string(problem) + "." + std::string(kFixHint);
    return core::make_error(std::move(message));
  }

  bool exists(std::string_view relative) const {
    std::error_code ec;
    return fs::exists(dir_ / fs::path(relative), ec);
  }

  core::Result<json> read(std::string_view relative) const {
    const fs::path path = dir_ / fs::path(relative);
    core::Result<std::string> text = core::read_file(path);
    if (!text) return core::make_error(text.error().message + "." + std::string(kFixHint));
    try {
      json document = json::parse(*text);
      if (!document.is_object()) return error(relative, "", "the top level must be a JSON object");
      return document;
    } catch (const json::exception& e) {
      return error(relative, "", std::string("not valid JSON (") + e.what() + ")");
    }
  }

  // A required string member.
  core::Result<std::string> get_string(const json& object, std::string_view file, std::string_view key,
                                       const char* field) const {
    const auto it = object.find(field);
    if (it == object.end()) return error(file, key, std::string("missing field '") + field + "'");
    if (!it->is_string()) return error(file, key, std::string("field '") + field + "' must be a string");
    std::string value = it->get<std::string>();
    if (value.empty()) return error(file, key, std::string("field '") + field + "' is empty");
    return value;
  }

  core::Result<std::vector<std::string>> get_string_list(const json& object, std::string_view file,
                                                         std::string_view key, const char* field,
                                                         bool required = true) const {
    const auto it = object.find(field);
    if (it == object.end()) {
      if (required) return error(file, key, std::string("missing field '") + field + "'");
      return std::vector<std::string>{};
    }
    if (!it->is_array()) return error(file, key, std::string("field '") + field + "' must be a list");
    std::vector<std::string> out;
    for (const json& item : *it) {
      if (!item.is_string()) return error(file, key, std::string("'") + field + "' must hold only strings");
      out.push_back(item.get<std::string>());
    }
    return out;
  }

  core::Result<const json*> get_array(const json& document, std::string_view file, const char* field) const {
    const auto it = document.find(field);
    if (it == document.end() || !it->is_array())
      return error(file, "", std::string("missing list '") + field + "'");
    return &*it;
  }

  core::Status load_placeholders() {
    constexpr std::string_view file = "placeholders.json";
    auto document = read(file);
    if (!document) return document.error();
    auto list = get_array(*document, file, "placeholders");
    if (!list) return list.error();
    for (const json& item : **list) {
      if (!item.is_object()) return error(file, "placeholders", "every entry must be an object");
      auto name = get_string(item, file, "placeholders", "name");
      if (!name) return name.error();
      auto type = get_string(item, file, *name, "type");
      if (!type) return type.error();
      PlaceholderSpec spec;
      spec.name = *name;
      if (*type == "number")
        spec.type = PlaceholderType::number;
      else if (*type == "integer")
        spec.type = PlaceholderType::integer;
      else if (*type == "text")
        spec.type = PlaceholderType::text;
      else
        return error(file, *name, "type must be number, integer or text");
      if (spec.type == PlaceholderType::number) {
        const auto decimals = item.find("decimals");
        if (decimals == item.end() || !decimals->is_number_integer())
          return error(file, *name, "a number needs an integer field 'decimals'");
        spec.decimals = decimals->get<int>();
      }
      spec.show_sign = item.value("signed", false);
      spec.unit = item.value("unit", "");
      spec.description = item.value("description", "");
      if (lib_.placeholder(spec.name) != nullptr) return error(file, *name, "listed twice");
      lib_.placeholders_.push_back(std::move(spec));
    }
    return {};
  }

  core::Status load_structures() {
    constexpr std::string_view file = "structures.json";
    auto document = read(file);
    if (!document) return document.error();
    auto list = get_array(*document, file, "structures");
    if (!list) return list.error();
    std::set<std::string> seen;
    for (const json& item : **list) {
      auto id = get_string(item, file, "structures", "id");
      if (!id) return id.error();
      Structure s;
      s.id = *id;
      auto category = get_string(item, file, *id, "category");
      if (!category) return category.error();
      s.category = *category;
      s.group = item.value("group", "");
      s.paired = item.value("paired", false);
      auto aliases = get_string_list(item, file, *id, "aliases", false);
      if (!aliases) return aliases.error();
      s.aliases = *aliases;
      for (const std::string& name : s.aliases)
        if (!seen.insert(name).second) return error(file, name, "id or alias used twice");
      if (!seen.insert(s.id).second) return error(file, s.id, "id or alias used twice");
      lib_.structures_.push_back(std::move(s));
    }
    return {};
  }

  bool structure_exists(std::string_view id) const {
    for (const Structure& s : lib_.structures_) {
      if (s.id == id) return true;
      if (s.paired && (id == s.id + ".l" || id == s.id + ".r")) return true;
    }
    return false;
  }

  core::Status load_references() {
    constexpr std::string_view file = "references.json";
    auto document = read(file);
    if (!document) return document.error();
    auto list = get_array(*document, file, "references");
    if (!list) return list.error();
    for (const json& item : **list) {
      auto id = get_string(item, file, "references", "id");
      if (!id) return id.error();
      Reference r;
      r.id = *id;
      for (auto [member, target] :
           {std::pair{"kind", &r.kind}, std::pair{"cite", &r.cite}, std::pair{"authors", &r.authors},
            std::pair{"title", &r.title}, std::pair{"source", &r.source}}) {
        auto value = get_string(item, file, *id, member);
        if (!value) return value.error();
        *target = *value;
      }
      const auto year = item.find("year");
      if (year == item.end() || !year->is_number_integer())
        return error(file, *id, "missing integer field 'year'");
      r.year = year->get<int>();
      r.identifier = item.value("identifier", "");
      if (lib_.reference(r.id) != nullptr) return error(file, *id, "listed twice");
      lib_.references_.push_back(std::move(r));
    }
    if (lib_.reference("article") == nullptr)
      return error(file, "article", "the source article must be listed");
    return {};
  }

  core::Status load_evidence_structure() {
    constexpr std::string_view file = "evidence.json";
    auto document = read(file);
    if (!document) return document.error();
    auto list = get_array(*document, file, "notes");
    if (!list) return list.error();
    for (const json& item : **list) {
      auto id = get_string(item, file, "notes", "id");
      if (!id) return id.error();
      auto verdict = get_string(item, file, *id, "verdict");
      if (!verdict) return verdict.error();
      EvidenceNote note;
      note.id = *id;
      if (*verdict == "supported")
        note.verdict = Verdict::supported;
      else if (*verdict == "disputed")
        note.verdict = Verdict::disputed;
      else if (*verdict == "unsupported")
        note.verdict = Verdict::unsupported;
      else
        return error(file, *id, "verdict must be supported, disputed or unsupported");
      auto cites = get_string_list(item, file, *id, "cites");
      if (!cites) return cites.error();
      for (const std::string& cite : *cites)
        if (lib_.reference(cite) == nullptr)
          return error(file, *id, "cites '" + cite + "', which references.json lacks");
      note.cites = *cites;
      if (std::any_of(evidence_.begin(), evidence_.end(),
                      [&](const EvidenceNote& n) { return n.id == note.id; }))
        return error(file, *id, "listed twice");
      evidence_.push_back(std::move(note));
    }
    return {};
  }

  bool evidence_exists(std::string_view id) const {
    return std::any_of(evidence_.begin(), evidence_.end(), [&](const EvidenceNote& n) { return n.id == id; });
  }

  core::Status load_article_structure() {
    constexpr std::string_view file = "article.json";
    auto document = read(file);
    if (!document) return document.error();
    auto list = get_array(*document, file, "sections");
    if (!list) return list.error();
    for (const json& section_json : **list) {
      auto section_id = get_string(section_json, file, "sections", "id");
      if (!section_id) return section_id.error();
      Section section{*section_id, {}};
      auto overlays = get_array(section_json, file, "overlays");
      if (!overlays) return error(file, *section_id, "missing list 'overlays'");
      for (const json& item : **overlays) {
        auto id = get_string(item, file, *section_id, "id");
        if (!id) return id.error();
        Overlay overlay;
        overlay.id = *id;
        overlay.section = *section_id;
        auto anchors = get_string_list(item, file, *id, "anchors");
        if (!anchors) return anchors.error();
        for (const std::string& a : *anchors)
          if (!structure_exists(a)) return error(file, *id, "anchor '" + a + "' is not in structures.json");
        overlay.anchors = *anchors;
        auto evidence = get_string_list(item, file, *id, "evidence");
        if (!evidence) return evidence.error();
        for (const std::string& e : *evidence)
          if (!evidence_exists(e)) return error(file, *id, "evidence '" + e + "' is not in evidence.json");
        overlay.evidence = *evidence;
        if (overlay_exists(overlay.id)) return error(file, *id, "listed twice");
        section.overlay_ids.push_back(overlay.id);
        overlays_.push_back(std::move(overlay));
      }
      lib_.sections_.push_back(std::move(section));
    }
    return {};
  }

  bool overlay_exists(std::string_view id) const {
    return std::any_of(overlays_.begin(), overlays_.end(), [&](const Overlay& o) { return o.id == id; });
  }

  core::Status load_tour_structure() {
    constexpr std::string_view file = "tour.json";
    auto document = read(file);
    if (!document) return document.error();
    auto list = get_array(*document, file, "steps");
    if (!list) return list.error();
    for (const json& item : **list) {
      auto id = get_string(item, file, "steps", "id");
      if (!id) return id.error();
      TourStep step;
      step.id = *id;
      auto view = get_string(item, file, *id, "view");
      if (!view) return view.error();
      if (!contains(kViews, *view))
        return error(file, *id, "view '" + *view + "' is not side, front, back or oblique");
      step.view = *view;
      const auto state = item.find("state");
      if (state == item.end() || !state->is_object()) return error(file, *id, "missing object 'state'");
      if (state->contains("preset")) {
        auto preset = get_string(*state, file, *id, "preset");
        if (!preset) return preset.error();
        step.state.preset = *preset;
      }
      if (const auto sliders = state->find("sliders"); sliders != state->end()) {
        if (!sliders->is_object()) return error(file, *id, "'sliders' must map slider names to values");
        for (const auto& [name, value] : sliders->items()) {
          if (!contains(kSliders, name)) return error(file, *id, "unknown slider '" + name + "'");
          if (!value.is_number()) return error(file, *id, "slider '" + name + "' needs a number");
          const double v = value.get<double>();
          if (v < 0.0 || v > 100.0) return error(file, *id, "slider '" + name + "' must lie in 0..100");
          step.state.sliders.emplace_back(name, v);
        }
      }
      if (!step.state.preset && step.state.sliders.empty())
        return error(file, *id, "the state needs a 'preset' or 'sliders'");
      auto activity = get_string(*state, file, *id, "activity");
      if (!activity) return activity.error();
      step.state.activity = *activity;
      auto calibration = get_string(*state, file, *id, "calibration");
      if (!calibration) return calibration.error();
      if (!contains(kCalibrations, *calibration))
        return error(file, *id, "calibration must be article or evidence");
      step.state.calibration = *calibration;
      auto highlight = get_string_list(item, file, *id, "highlight");
      if (!highlight) return highlight.error();
      for (const std::string& h : *highlight)
        if (!structure_exists(h)) return error(file, *id, "highlight '" + h + "' is not in structures.json");
      step.highlight = *highlight;
      auto overlay = get_string(item, file, *id, "overlay");
      if (!overlay) return overlay.error();
      if (!overlay_exists(*overlay))
        return error(file, *id, "overlay '" + *overlay + "' is not in article.json");
      step.overlay = *overlay;
      auto callouts = get_string_list(item, file, *id, "callouts");
      if (!callouts) return callouts.error();
      step.callouts = *callouts;
      tour_.push_back(std::move(step));
    }
    if (tour_.empty()) return error(file, "steps", "the tour has no steps");
    return {};
  }

  core::Status check_tour_callouts() const {
    for (const TourStep& step : tour_) {
      for (const std::string& c : step.callouts) {
        const bool plain = lib_.has_text(c);
        const bool variants =
            lib_.has_text(c + ".more") && lib_.has_text(c + ".less") && lib_.has_text(c + ".same");
        if (!plain && !variants)
          return error("tour.json", step.id, "callout '" + c + "' is not a template in live.json");
      }
    }
    return {};
  }

  core::Status check_placeholders(std::string_view file, std::string_view key, std::string_view text) const {
    auto names = placeholders_in(text);
    if (!names) return error(file, key, names.error().message);
    for (const std::string& name : *names)
      if (lib_.placeholder(name) == nullptr)
        return error(file, key,
                     "unknown placeholder {" + name + "} (the UI provides those in placeholders.json)");
    return {};
  }

  // content/<lang>/ui.json and live.json: flat objects id -> string.
  core::Status load_texts(Language language) {
    const std::string code(language_code(language));
    Library::LanguageSet& target = lib_.sets_[language == Language::de ? 1 : 0];
    const auto& english = lib_.sets_[0].texts;
    std::map<std::string, std::string, std::less<>> found;
    for (const char* name : {"ui.json", "live.json"}) {
      const std::string file = code + "/" + name;
      if (language == Language::de && !exists(file)) {
        lib_.warnings_.push_back(shown(file) + ": missing; English texts are used");
        continue;
      }
      auto document = read(file);
      if (!document) return document.error();
      for (const auto& [id, value] : document->items()) {
        if (!value.is_string()) return error(file, id, "must be a string");
        if (value.get<std::string>().empty()) return error(file, id, "is empty");
        if (found.count(id) != 0) return error(file, id, "defined twice (in ui.json and live.json)");
        if (auto s = check_placeholders(file, id, value.get<std::string>()); !s) return s;
        found.emplace(id, value.get<std::string>());
      }
    }
    if (language == Language::en) {
      target.texts = std::move(found);
      return {};
    }
    target.texts = english;
    for (auto& [id, value] : found) {
      if (english.count(id) == 0) {
        lib_.warnings_.push_back(shown(code + "/ui.json") + ": '" + id +
                                 "' has no English original; ignored");
        continue;
      }
      target.texts[id] = std::move(value);
    }
    for (const auto& [id, value] : english)
      if (found.count(id) == 0)
        lib_.warnings_.push_back(shown(code + "/ui.json or live.json") + ": '" + id +
                                 "' missing in German; English used");
    return {};
  }

  // A per-language object file: id -> {field: string}. English must be complete; German falls
  // back to English per entry and per field, with a warning.
  core::Result<Entries> load_entries(Language language, std::string_view name,
                                     const std::vector<EntrySpec>& specs, const Entries* english) {
    const std::string file = std::string(language_code(language)) + "/" + std::string(name);
    if (language == Language::de && !exists(file)) {
      lib_.warnings_.push_back(shown(file) + ": missing; English texts are used");
      return *english;
    }
    auto document = read(file);
    if (!document) return document.error();
    Entries entries;
    for (const EntrySpec& spec : specs) {
      const auto it = document->find(spec.id);
      if (it == document->end()) {
        if (language == Language::en) return error(file, spec.id, "missing entry");
        lib_.warnings_.push_back(shown(file) + ": '" + spec.id + "' missing in German; English used");
        entries[spec.id] = english->at(spec.id);
        continue;
      }
      if (!it->is_object()) return error(file, spec.id, "must be an object");
      Fields fields;
      for (const FieldRule& rule : spec.fields) {
        const std::string key = spec.id + "." + rule.name;
        const auto member = it->find(rule.name);
        const bool present = member != it->end();
        if (present && (!member->is_string() || member->get<std::string>().empty()))
          return error(file, key, "must be a non-empty string");
        if (present) {
          if (auto s = check_placeholders(file, key, member->get<std::string>()); !s) return s.error();
          fields[rule.name] = member->get<std::string>();
          continue;
        }
        if (language == Language::en) {
          if (rule.required) return error(file, spec.id, "missing field '" + rule.name + "'");
          continue;
        }
        const Fields& en_fields = english->at(spec.id);
        if (const auto en = en_fields.find(rule.name); en != en_fields.end()) {
          lib_.warnings_.push_back(shown(file) + ": '" + key + "' missing in German; English used");
          fields[rule.name] = en->second;
        }
      }
      for (const auto& [field_name, value] : it->items()) {
        (void)value;
        const bool known = std::any_of(spec.fields.begin(), spec.fields.end(),
                                       [&](const FieldRule& r) { return r.name == field_name; });
        if (!known) return error(file, spec.id, "unknown field '" + field_name + "'");
      }
      entries[spec.id] = std::move(fields);
    }
    for (const auto& [id, value] : document->items()) {
      (void)value;
      if (entries.count(id) == 0)
        lib_.warnings_.push_back(shown(file) + ": '" + id + "' is not a known id; ignored");
    }
    return entries;
  }

  static std::string field(const Fields& fields, const char* name) {
    const auto it = fields.find(name);
    return it == fields.end() ? std::string() : it->second;
  }

  core::Status load_language(Language language) {
    if (auto s = load_texts(language); !s) return s;
    const std::size_t index = language == Language::de ? 1 : 0;
    Library::LanguageSet& target = lib_.sets_[index];
    EnglishEntries& english = english_;
    const bool en = language == Language::en;

    // Overlays.
    std::vector<EntrySpec> specs;
    for (const Overlay& o : overlays_) specs.push_back({o.id, {{"title"}, {"text"}, {"more"}}});
    auto article = load_entries(language, "article.json", specs, en ? nullptr : &english.article);
    if (!article) return article.error();
    for (Overlay o : overlays_) {
      const Fields& f = article->at(o.id);
      o.title = field(f, "title");
      o.text = field(f, "text");
      o.more = field(f, "more");
      target.overlays.push_back(std::move(o));
    }

    // Evidence notes.
    specs.clear();
    for (const EvidenceNote& n : evidence_) specs.push_back({n.id, {{"claim"}, {"text"}}});
    auto evidence = load_entries(language, "evidence.json", specs, en ? nullptr : &english.evidence);
    if (!evidence) return evidence.error();
    for (EvidenceNote n : evidence_) {
      const Fields& f = evidence->at(n.id);
      n.claim = field(f, "claim");
      n.text = field(f, "text");
      target.evidence.push_back(std::move(n));
    }

    // Structure cards: muscles need origin, insertion, action and nerve.
    specs.clear();
    for (const Structure& s : lib_.structures_) {
      const bool muscle = s.category == "muscle";
      specs.push_back({s.id,
                       {{"lay_name"},
                        {"anatomical_name"},
                        {"what"},
                        {"role"},
                        {"origin", muscle},
                        {"insertion", muscle},
                        {"action", muscle},
                        {"nerve", muscle}}});
    }
    auto cards = load_entries(language, "cards.json", specs, en ? nullptr : &english.cards);
    if (!cards) return cards.error();
    for (const Structure& s : lib_.structures_) {
      const Fields& f = cards->at(s.id);
      target.cards.push_back({s.id, field(f, "lay_name"), field(f, "anatomical_name"), field(f, "what"),
                              field(f, "origin"), field(f, "insertion"), field(f, "action"),
                              field(f, "nerve"), field(f, "role")});
    }

    // Tour texts.
    specs.clear();
    for (const TourStep& step : tour_) specs.push_back({step.id, {{"title"}, {"text"}}});
    auto tour = load_entries(language, "tour.json", specs, en ? nullptr : &english.tour);
    if (!tour) return tour.error();
    for (TourStep step : tour_) {
      const Fields& f = tour->at(step.id);
      step.title = field(f, "title");
      step.text = field(f, "text");
      target.tour.push_back(std::move(step));
    }

    if (en) english = {std::move(*article), std::move(*evidence), std::move(*cards), std::move(*tour)};
    return {};
  }

  struct EnglishEntries {
    Entries article, evidence, cards, tour;
  };

  fs::path dir_;
  Library lib_;
  std::vector<Overlay> overlays_;       // language-neutral parts
  std::vector<EvidenceNote> evidence_;  // language-neutral parts
  std::vector<TourStep> tour_;          // language-neutral parts
  EnglishEntries english_;
};

core::Result<Library> Library::load() {
  core::Result<fs::path> dir = core::asset_path("content");
  if (!dir) return dir.error();
  return load(*dir);
}

core::Result<Library> Library::load(const fs::path& content_dir) { return Loader(content_dir).run(); }

std::string_view Library::text(Language language, std::string_view id) const {
  const auto& texts = set(language).texts;
  const auto it = texts.find(id);
  return it == texts.end() ? id : std::string_view(it->second);
}

bool Library::has_text(std::string_view id) const { return sets_[0].texts.count(id) != 0; }

std::vector<std::string> Library::text_ids() const {
  std::vector<std::string> ids;
  for (const auto& [id, value] : sets_[0].texts) ids.push_back(id);
  return ids;
}

std::string Library::format(Language language, std::string_view id, const Values& values) const {
  return fill_template(text(language, id), values, language, placeholders_);
}

std::string Library::format_change(Language language, std::string_view base_id, double change,
                                   double same_within, const Values& values) const {
  const char* suffix = change > same_within ? ".more" : (change < -same_within ? ".less" : ".same");
  return format(language, std::string(base_id) + suffix, values);
}

const Overlay* Library::overlay(Language language, std::string_view id) const {
  for (const Overlay& o : set(language).overlays)
    if (o.id == id) return &o;
  return nullptr;
}

const EvidenceNote* Library::evidence(Language language, std::string_view id) const {
  for (const EvidenceNote& n : set(language).evidence)
    if (n.id == id) return &n;
  return nullptr;
}

const StructureCard* Library::card(Language language, std::string_view structure_id) const {
  std::string_view base = structure_id;
  if (base.size() > 2 && (base.ends_with(".l") || base.ends_with(".r"))) base.remove_suffix(2);
  std::string_view card_id;
  for (const Structure& s : structures_) {
    if (s.id == structure_id || (s.paired && s.id == base) ||
        std::find(s.aliases.begin(), s.aliases.end(), base) != s.aliases.end()) {
      card_id = s.id;
      break;
    }
  }
  if (card_id.empty()) return nullptr;
  for (const StructureCard& c : set(language).cards)
    if (c.id == card_id) return &c;
  return nullptr;
}

const Reference* Library::reference(std::string_view id) const {
  for (const Reference& r : references_)
    if (r.id == id) return &r;
  return nullptr;
}

const PlaceholderSpec* Library::placeholder(std::string_view name) const {
  for (const PlaceholderSpec& p : placeholders_)
    if (p.name == name) return &p;
  return nullptr;
}

}  // namespace content
