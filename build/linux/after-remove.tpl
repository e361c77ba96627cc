#!/bin/bash
# DeskID's deb/rpm after-remove script: electron-builder's own (app-builder-lib
# templates/linux/after-remove.tpl) for the deskid command's link (after-install.tpl), and
# nothing on an upgrade: rpm runs the old package's %postun after the new one's %post
# ($1 = 1), dpkg calls postrm with "upgrade" before the new postinst.
case "$1" in
    1|upgrade|failed-upgrade) exit 0 ;;
esac

if type update-alternatives >/dev/null 2>&1; then
    update-alternatives --remove 'deskid' '/opt/${sanitizedProductName}/resources/cli/deskid'
else
    rm -f '/usr/bin/deskid'
fi

APPARMOR_PROFILE_DEST='/etc/apparmor.d/${executable}'

# Remove and unload apparmor profile.
if [ -f "$APPARMOR_PROFILE_DEST" ]; then
  # Unload the profile from the running kernel before deleting the file so the
  # policy is not left enforced until the next reboot.  Mirror the chroot guard
  # used in the after-install script — live AppArmor operations are not
  # meaningful inside a chroot.
  # https://wiki.debian.org/AppArmor/HowToUse
  if apparmor_status --enabled > /dev/null 2>&1; then
    if ! { [ -x '/usr/bin/ischroot' ] && /usr/bin/ischroot; } && hash apparmor_parser 2>/dev/null; then
      apparmor_parser --remove "$APPARMOR_PROFILE_DEST" || true
    fi
  fi
  rm -f "$APPARMOR_PROFILE_DEST"
fi