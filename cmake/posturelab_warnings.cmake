# Strict warnings for our own targets only; third-party headers come in as SYSTEM includes.
function(posturelab_strict target)
  target_compile_options(${target} PRIVATE
    $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
      -Wconversion -Wno-sign-conversion -Wold-style-cast -Wnull-dereference>)
  if(POSTURELAB_WERROR)
    target_compile_options(${target} PRIVATE $<$<COMPILE_LANGUAGE:CXX>:-Werror>)
  endif()
endfunction()

# One library per src/ module. Sources are listed by glob so that a module grows by adding files;
# the public link list is the module's arrow in docs/DESIGN.md and nothing else.
function(posturelab_module name)
  cmake_parse_arguments(ARG "" "" "DEPENDS;PRIVATE_DEPENDS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
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
