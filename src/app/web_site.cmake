# The web site: build/web/site/ holds index.html, posturelab.js, posturelab.wasm and posturelab.data
# (shaders, the model, content and the DejaVu fonts, preloaded into the page's memory file system).
# Any static web server can host that folder; nothing runs on the server.
set(site_dir ${CMAKE_BINARY_DIR}/site)
add_executable(posturelab_web web_main.cpp)
target_link_libraries(posturelab_web PRIVATE posturelab::app)
posturelab_strict(posturelab_web)
set_target_properties(posturelab_web PROPERTIES OUTPUT_NAME posturelab RUNTIME_OUTPUT_DIRECTORY ${site_dir})
set(fonts /usr/share/fonts/truetype/dejavu)
foreach(font DejaVuSans.ttf DejaVuSans-Bold.ttf)
  if(NOT EXISTS ${fonts}/${font})
    message(FATAL_ERROR "web build: ${fonts}/${font} is missing (install fonts-dejavu-core)")
  endif()
endforeach()
# "SHELL:" keeps CMake from merging the repeated --preload-file options into one.
target_link_options(posturelab_web PRIVATE
  -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=0 -sINITIAL_MEMORY=67108864 -lidbfs.js
  "SHELL:-sEXPORTED_RUNTIME_METHODS=[\"ccall\",\"UTF8ToString\"]"
  "SHELL:--preload-file ${PROJECT_SOURCE_DIR}/shaders@/posturelab/shaders"
  "SHELL:--preload-file ${PROJECT_SOURCE_DIR}/content@/posturelab/content"
  "SHELL:--preload-file ${PROJECT_SOURCE_DIR}/models/lower_body.glb@/posturelab/models/lower_body.glb"
  "SHELL:--preload-file ${fonts}/DejaVuSans.ttf@${fonts}/DejaVuSans.ttf"
  "SHELL:--preload-file ${fonts}/DejaVuSans-Bold.ttf@${fonts}/DejaVuSans-Bold.ttf")
# Relink when an asset changes (the .data file is written by the link).
file(GLOB_RECURSE web_assets CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/shaders/* ${PROJECT_SOURCE_DIR}/content/*)
set_property(TARGET posturelab_web APPEND PROPERTY LINK_DEPENDS ${web_assets} ${PROJECT_SOURCE_DIR}/models/lower_body.glb)
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/web/index.html ${site_dir}/index.html COPYONLY)
