# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer (CPack NSIS): Start-menu entry named in the installer's language (Vietnamese or
# English), the .dxplan file type opening dxplanner.exe, an uninstaller that takes both away. The Qt DLLs
# come from windeployqt, run at install time (app/CMakeLists.txt).
set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME "DX Planner")
set(CPACK_NSIS_DISPLAY_NAME "DX Planner ${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "DX Planner")
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/dxplanner.ico)
set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/icons/dxplanner.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\dxplanner.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # optional: puts bin\ (dxplanner.com) on PATH for the command line
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
# Vietnamese names need a Unicode installer (NSIS 3).
set(CPACK_NSIS_DEFINES "Unicode true")
# NSIS_LANGUAGE is the language the installer runs in: the Windows display language when it is one of
# CPack's (Vietnamese is), else English. The shortcut is named in it.
set(CPACK_NSIS_CREATE_ICONS_EXTRA [=[
  StrCmp $LANGUAGE 1066 dxVietnameseShortcut dxEnglishShortcut
  dxVietnameseShortcut:
    CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\DX Planner - Kế hoạch chuyển đổi số.lnk" "$INSTDIR\bin\dxplanner.exe" "" "$INSTDIR\bin\dxplanner.exe" 0 SW_SHOWNORMAL "" "Lập và theo dõi kế hoạch chuyển đổi số"
    Goto dxShortcutDone
  dxEnglishShortcut:
    CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\DX Planner.lnk" "$INSTDIR\bin\dxplanner.exe" "" "$INSTDIR\bin\dxplanner.exe" 0 SW_SHOWNORMAL "" "Plan and monitor a digital-transformation resolution"
  dxShortcutDone:
]=])
set(CPACK_NSIS_DELETE_ICONS_EXTRA [=[
  Delete "$SMPROGRAMS\$MUI_TEMP\DX Planner - Kế hoạch chuyển đổi số.lnk"
  Delete "$SMPROGRAMS\$MUI_TEMP\DX Planner.lnk"
]=])
# The .dxplan file type (per machine, as the installer runs as administrator), and Explorer told at once.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR ".dxplan" "" "DXPlanner.Plan"
  WriteRegStr HKCR ".dxplan" "Content Type" "application/x-dxplan"
  WriteRegStr HKCR "DXPlanner.Plan" "" "DX Planner plan"
  WriteRegStr HKCR "DXPlanner.Plan\DefaultIcon" "" "$INSTDIR\bin\dxplanner.exe,0"
  WriteRegStr HKCR "DXPlanner.Plan\shell\open\command" "" '"$INSTDIR\bin\dxplanner.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  ReadRegStr $0 HKCR ".dxplan" ""
  StrCmp $0 "DXPlanner.Plan" 0 +2
    DeleteRegKey HKCR ".dxplan"
  DeleteRegKey HKCR "DXPlanner.Plan"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
