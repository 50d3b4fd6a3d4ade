# `cmake --install` and the .deb: the program under bin/, its assets under share/posturelab/ (where
# core::asset_root() looks first, beside the binary's own prefix), the desktop entry and the icon.
include(GNUInstallDirs)

install(TARGETS posturelab RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
set(posturelab_data ${CMAKE_INSTALL_DATADIR}/posturelab)
install(DIRECTORY shaders content DESTINATION ${posturelab_data})
# The model and its credits; models/sources/ is what the model is built from, not what runs.
install(FILES models/lower_body.glb models/CREDITS.md models/README.md DESTINATION ${posturelab_data}/models)
install(FILES LICENSE README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES packaging/posturelab.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES packaging/posturelab.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# `cpack -G DEB` in the build folder: a package for Debian 12 whose dependencies are the run-time
# libraries of the packages scripts/setup installs for building.
set(CPACK_PACKAGE_NAME posturelab)
set(CPACK_PACKAGE_VENDOR "The PostureLab authors")
set(CPACK_PACKAGE_CONTACT "The PostureLab authors <maintainers@posturelab.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "3D model of how thigh-muscle balance tilts the pelvis and loads the lumbar discs")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, libgl1-mesa-dri")
set(CPACK_STRIP_FILES ON)
include(CPack)
