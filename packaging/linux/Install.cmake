# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration on Linux (freedesktop.org): where each file goes under the install prefix.
set(DX_LINUX_DIR ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(DX_DOC_DIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/dxplanner)

install(FILES ${DX_LINUX_DIR}/${DX_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${DX_LINUX_DIR}/${DX_APP_ID}.metainfo.xml.in ${CMAKE_CURRENT_BINARY_DIR}/${DX_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${DX_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${DX_LINUX_DIR}/${DX_APP_ID}.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)

install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/dxplanner.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${DX_APP_ID}.svg)
foreach(size 16 22 24 32 48 64 128 256 512)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/dxplanner-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${DX_APP_ID}.png)
endforeach()

# dxplanner(1) is written by the program itself from its command table (`dxplanner --manpage`), so it
# cannot disagree with --help; gzip -n keeps it reproducible.
set(DX_MAN_PAGE ${CMAKE_CURRENT_BINARY_DIR}/dxplanner.1.gz)
add_custom_command(OUTPUT ${DX_MAN_PAGE}
    COMMAND ${CMAKE_COMMAND} -DBINARY=$<TARGET_FILE:dxplanner> -DOUT=${DX_MAN_PAGE} -P ${DX_LINUX_DIR}/ManPage.cmake
    DEPENDS dxplanner ${DX_LINUX_DIR}/ManPage.cmake
    COMMENT "Writing dxplanner.1 from the command table" VERBATIM)
add_custom_target(dxplanner_manpage ALL DEPENDS ${DX_MAN_PAGE})
install(FILES ${DX_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Licences: the program's (GPL-3.0-or-later) and the bundled Noto fonts' (SIL OFL 1.1, built into the
# program), as the Debian copyright file and as the fonts' own notice.
file(READ ${PROJECT_SOURCE_DIR}/resources/fonts/OFL.txt DX_OFL_TEXT)
string(REGEX REPLACE "\r" "" DX_OFL_TEXT "${DX_OFL_TEXT}")
string(REGEX REPLACE "\n+$" "" DX_OFL_TEXT "${DX_OFL_TEXT}")
string(REGEX REPLACE "\n[ \t]*\n" "\n.\n" DX_OFL_TEXT "${DX_OFL_TEXT}")
string(REGEX REPLACE "\n[ \t]*\n" "\n.\n" DX_OFL_TEXT "${DX_OFL_TEXT}")
string(REPLACE "\n" "\n " DX_OFL_TEXT " ${DX_OFL_TEXT}")
configure_file(${DX_LINUX_DIR}/copyright.in ${CMAKE_CURRENT_BINARY_DIR}/copyright @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/copyright DESTINATION ${DX_DOC_DIR})
install(FILES ${PROJECT_SOURCE_DIR}/resources/fonts/OFL.txt DESTINATION ${DX_DOC_DIR} RENAME fonts-OFL.txt)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${DX_DOC_DIR})

# The changelogs where Debian policy (12.7) puts them: CHANGELOG.md as changelog.gz, and a Debian
# changelog made from the version and release date (lintian requires one); gzip -9n for reproducibility.
configure_file(${DX_LINUX_DIR}/changelog.Debian.in ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/CHANGELOG.md ${CMAKE_CURRENT_BINARY_DIR}/changelog COPYONLY)
set(DX_CHANGELOGS ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian.gz ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
add_custom_command(OUTPUT ${DX_CHANGELOGS}
    COMMAND gzip -9nfk ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian ${CMAKE_CURRENT_BINARY_DIR}/changelog
    DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian ${CMAKE_CURRENT_BINARY_DIR}/changelog VERBATIM)
add_custom_target(dxplanner_changelogs ALL DEPENDS ${DX_CHANGELOGS})
install(FILES ${DX_CHANGELOGS} DESTINATION ${DX_DOC_DIR})

# lintian: the package is built outside Debian, so its first changelog entry closes no ITP bug.
install(FILES ${DX_LINUX_DIR}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME dxplanner)
