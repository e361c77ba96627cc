; DeskID's NSIS include (electron-builder nsis.include): the deskid command on the PATH.
; <install dir>\resources\cli (the single executable, npm run build:cli-sea) is appended to
; the machine PATH for an all-users install (/allusers), or to the person's PATH for a
; per-user one, and removed on uninstall. A PATH too long for NSIS to read whole is left
; untouched (with a line in the details) rather than cut short.
!include "LogicLib.nsh"
!include "WordFunc.nsh"
!include "WinMessages.nsh"

!define DESKID_MACHINE_ENV "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"
!define DESKID_USER_ENV "Environment"

; Reads Path from ROOT\KEY into $0; $1 = 1 when it can be rewritten safely.
!macro deskIdReadPath ROOT KEY
  ClearErrors
  ReadRegStr $0 ${ROOT} "${KEY}" "Path"
  StrCpy $1 1
  ${If} ${Errors}
    ${If} "${ROOT}" == "HKLM"
      StrCpy $1 0
    ${Else}
      StrCpy $0 ""
    ${EndIf}
  ${EndIf}
  StrLen $2 $0
  IntOp $3 ${NSIS_MAX_STRLEN} - 2
  ${If} $2 >= $3
    StrCpy $1 0
  ${EndIf}
!macroend

!macro deskIdWritePath ROOT KEY ADD
  !insertmacro deskIdReadPath ${ROOT} "${KEY}"
  ${If} $1 == 1
    ${WordReplace} "$0" ";$INSTDIR\resources\cli" "" "+" $0
    ${WordReplace} "$0" "$INSTDIR\resources\cli" "" "+" $0
    ${If} ${ADD} == 1
      ${If} $0 == ""
        StrCpy $0 "$INSTDIR\resources\cli"
      ${Else}
        StrCpy $0 "$0;$INSTDIR\resources\cli"
      ${EndIf}
    ${EndIf}
    WriteRegExpandStr ${ROOT} "${KEY}" "Path" "$0"
    SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
  ${Else}
    DetailPrint "DeskID: the PATH could not be read whole; add $INSTDIR\resources\cli to it by hand."
  ${EndIf}
!macroend

!macro customInstall
  ${If} $installMode == "all"
    !insertmacro deskIdWritePath HKLM "${DESKID_MACHINE_ENV}" 1
  ${Else}
    !insertmacro deskIdWritePath HKCU "${DESKID_USER_ENV}" 1
  ${EndIf}
!macroend

!macro customUnInstall
  ${If} $installMode == "all"
    !insertmacro deskIdWritePath HKLM "${DESKID_MACHINE_ENV}" 0
  ${Else}
    !insertmacro deskIdWritePath HKCU "${DESKID_USER_ENV}" 0
  ${EndIf}
!macroend
