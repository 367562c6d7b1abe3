# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: `cpack -G DEB` in the build folder (./quickstart.sh package) on Debian, `cpack -G NSIS` on
# Windows (windows/Package.cmake adds what the installer needs).
set(CPACK_PACKAGE_NAME dxplanner)
set(CPACK_PACKAGE_VENDOR "The DX Planner developers")
set(CPACK_PACKAGE_CONTACT "The DX Planner developers <dxplanner@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "plan and monitor a digital-transformation resolution")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/dxplanner/dxplanner")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "DX Planner")
set(CPACK_STRIP_FILES ON) # RelWithDebInfo builds: the package gets no debugging symbols
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON) # values (NSIS commands with quotes and backslashes) reach CPack as written

# Debian. dpkg-shlibdeps finds the libraries; the SQLite driver is a Qt plugin, loaded at run time, so no
# scan sees it and it is named here (without it no plan opens).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "DX Planner is a desktop program for the planners of a Vietnamese provincial
government who run a digital-transformation resolution. It keeps the
resolution's groups of tasks, every task with its lead and cooperating
agencies, people and deadlines, and the indicators with their yearly values
and targets; it shows what is on track, at risk, off track or overdue, charts
each indicator against its targets and prints the steering committee's report
in the format of Vietnamese official documents.
.
The interface is in Vietnamese and English. The command line (new, export,
check, status, report) runs without a display.")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

if(WIN32 OR DX_NSIS_SCRIPT_CHECK)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/Package.cmake)
endif()
include(CPack)
