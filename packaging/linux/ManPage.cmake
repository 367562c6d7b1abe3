# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBINARY=dxplanner -DOUT=dxplanner.1.gz -P ManPage.cmake: runs `dxplanner --manpage` (no display
# needed, English whatever the builder's language) and compresses it with gzip -9n.
get_filename_component(dir ${OUT} DIRECTORY)
set(page ${dir}/dxplanner.1)
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY LANG=C.UTF-8 LC_ALL=C.UTF-8
                        ${BINARY} --manpage
                OUTPUT_FILE ${page} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dxplanner --manpage failed: ${rc}")
endif()
execute_process(COMMAND gzip -9nf ${page} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip failed: ${rc}")
endif()
