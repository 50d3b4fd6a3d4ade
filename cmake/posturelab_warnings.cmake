# Strict warnings for our own targets only; third-party headers come in as SYSTEM includes, so their
# warnings never reach us. POSTURELAB_WERROR (on in every preset) turns them into errors.
set(POSTURELAB_WARNING_FLAGS
  # the usual set: unused values, missing returns, suspicious comparisons, ...
  -Wall
  # more of the same: unused parameters, signed/unsigned compares, missing initialisers, ...
  -Wextra
  # no compiler extensions: the code is ISO C++20 and builds with any conforming compiler
  -Wpedantic
  # a local that hides another (a member, a parameter, an outer local) is a bug waiting to happen
  -Wshadow
  # a class with virtual functions and a public non-virtual destructor leaks through a base pointer
  -Wnon-virtual-dtor
  # implicit conversions that lose data (double -> float, 64 -> 32 bits): units and sizes matter here
  -Wconversion
  # ...but not signed <-> unsigned: container indices would need a cast on every line
  -Wno-sign-conversion
  # C casts hide what they do; static_cast and friends say it
  -Wold-style-cast
  # the optimiser found a path that dereferences a null pointer
  -Wnull-dereference)

function(posturelab_strict target)
  target_compile_options(${target} PRIVATE "$<$<COMPILE_LANGUAGE:CXX>:${POSTURELAB_WARNING_FLAGS}>")
  if(POSTURELAB_WERROR)
    target_compile_options(${target} PRIVATE $<$<COMPILE_LANGUAGE:CXX>:-Werror>)
  endif()
endfunction()

# One library per src/ module. Sources are listed by glob so that a module grows by adding files;
# the public link list is the module's arrow in docs/DESIGN.md (section 4) and nothing else.
#   posturelab_module(<name> [EXCLUDE <file>...] [DEPENDS <target>...] [PRIVATE_DEPENDS <target>...])
# makes posturelab_<name> (alias posturelab::<name>) from <name>'s *.cpp, minus the EXCLUDE files
# (names relative to the module folder, e.g. the app's main.cpp, which belongs to the executable).
function(posturelab_module name)
  cmake_parse_arguments(ARG "" "" "EXCLUDE;DEPENDS;PRIVATE_DEPENDS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  foreach(excluded ${ARG_EXCLUDE})
    if(NOT EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${excluded})
      message(FATAL_ERROR "posturelab_module(${name}): EXCLUDE ${excluded} is not a file of the module")
    endif()
    list(REMOVE_ITEM sources ${CMAKE_CURRENT_SOURCE_DIR}/${excluded})
  endforeach()
  add_library(posturelab_${name} STATIC ${sources})
  add_library(posturelab::${name} ALIAS posturelab_${name})
  # Each module sees only its own headers and those of the modules it links, so a stray include
  # (say render/ from biomech) fails to compile: the include root is a folder holding a single link.
  set(include_root ${CMAKE_BINARY_DIR}/module_include/${name})
  file(MAKE_DIRECTORY ${include_root})
  file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${include_root}/${name} SYMBOLIC)
  target_include_directories(posturelab_${name} PUBLIC ${include_root})
  target_link_libraries(posturelab_${name} PUBLIC ${ARG_DEPENDS} PRIVATE ${ARG_PRIVATE_DEPENDS})
  posturelab_strict(posturelab_${name})
endfunction()
