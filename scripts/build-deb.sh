#!/usr/bin/env bash
# Builds the Debian package jixiao_<version>_<arch>.deb from binaries already built (by
# `make deb`: a release build with the Swift runtime linked in) with dpkg-deb, no debhelper:
# the files as `make install-files PREFIX=/usr` lays them out, stripped binaries, gzipped man
# pages, bash and zsh completions, the copyright, a Debian changelog, the lintian overrides,
# the conffile and the maintainer scripts of packaging/deb/. Depends are what the binaries
# link (dpkg-shlibdeps), plus systemd-sysusers for the postinst.
#
#   scripts/build-deb.sh --bin-dir DIR [--version V] [--arch A] [--output FILE] [EXECUTABLE…]
#
# The executables (default: jixiaod jixiao, the Makefile's EXECUTABLES) are taken from DIR.
# The version defaults to the VERSION file's; another one (--version 0.1.0+rebuild1)
# repackages the same binaries, as the end-to-end test does to try an upgrade.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

version=$(tr -d ' \t\r\n' <VERSION)
arch=$(dpkg --print-architecture)
bin_dir=""
output=""
executables=()
while [ $# -gt 0 ]; do
    case "$1" in
    --bin-dir) bin_dir=$2; shift 2 ;;
    --version) version=$2; shift 2 ;;
    --arch) arch=$2; shift 2 ;;
    --output) output=$2; shift 2 ;;
    -*) echo "build-deb: unknown option $1" >&2; exit 64 ;;
    *) executables+=("$1"); shift ;;
    esac
done
[ -n "$bin_dir" ] || { echo "build-deb: --bin-dir DIR (the folder of the built jixiaod and jixiao) is required" >&2; exit 64; }
output=${output:-$repo/jixiao_${version}_${arch}.deb}
[ ${#executables[@]} -gt 0 ] || executables=(jixiaod jixiao)
for binary in "${executables[@]}"; do
    [ -x "$bin_dir/$binary" ] || { echo "build-deb: $bin_dir/$binary is missing (make deb builds it)" >&2; exit 1; }
done
for tool in dpkg-deb dpkg-shlibdeps strip gzip; do
    command -v "$tool" >/dev/null || { echo "build-deb: $tool is missing (scripts/setup.sh deb installs dpkg-dev, binutils)" >&2; exit 1; }
done

# Files get the time of the last commit, so two builds of one commit are the same package.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
umask 022
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root=$stage/root

# The files, where Debian's systemd looks for them (bookworm: units in /lib/systemd/system).
make -s install-files DESTDIR="$root" PREFIX=/usr UNITDIR=/lib/systemd/system \
    SYSUSERSDIR=/usr/lib/sysusers.d TMPFILESDIR=/usr/lib/tmpfiles.d SYSCONFDIR=/etc \
    INSTALL_BIN_DIR="$bin_dir" VERSION="$version" EXECUTABLES="${executables[*]}" >/dev/null
binaries=("${executables[@]/#/$root/usr/bin/}")
# As dh_strip does; the Swift metadata lives in sections of its own and stays.
strip --remove-section=.comment --remove-section=.note --strip-unneeded "${binaries[@]}"
gzip -9n "$root"/usr/share/man/man*/*

doc=$root/usr/share/doc/jixiao
install -d "$doc" "$root/usr/share/lintian/overrides"
install -m 0644 packaging/deb/copyright "$doc/copyright"
gzip -9nc README.md >"$doc/README.md.gz"
gzip -9nc CHANGELOG.md >"$doc/CHANGELOG.md.gz"
# A native package's changelog (Debian format), one entry for this version; the project's
# own changes are in CHANGELOG.md.gz beside it.
maintainer=$(sed -n 's/^Maintainer: //p' packaging/deb/control)
{
    echo "jixiao ($version) stable; urgency=medium"
    echo
    echo "  * Jixiao $version. The changes are in /usr/share/doc/jixiao/CHANGELOG.md.gz."
    echo
    echo " -- $maintainer  $(date -u -R -d "@$SOURCE_DATE_EPOCH")"
} | gzip -9n >"$doc/changelog.gz"
install -m 0644 packaging/deb/lintian-overrides "$root/usr/share/lintian/overrides/jixiao"

# Depends: the shared libraries the binaries load, as the packages that hold them. It
# fails if a library comes from no package (a toolchain's runtime, say).
mkdir -p "$stage/debian"
printf 'Source: jixiao\n\nPackage: jixiao\nArchitecture: any\n' >"$stage/debian/control"
shlibs=$(cd "$stage" && dpkg-shlibdeps -O "${binaries[@]/#/-e}" 2>"$stage/shlibdeps.log") ||
    { cat "$stage/shlibdeps.log" >&2; exit 1; }
depends=${shlibs#shlibs:Depends=}
# The postinst creates the user and groups with systemd-sysusers (as dh_installsysusers).
depends="$depends, systemd | systemd-standalone-sysusers | systemd-sysusers"

install -d "$root/DEBIAN"
for script in postinst prerm postrm; do install -m 0755 "packaging/deb/$script" "$root/DEBIAN/$script"; done
install -m 0644 packaging/deb/conffiles "$root/DEBIAN/conffiles"
installed_size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s|@VERSION@|$version|" -e "s|@ARCH@|$arch|" -e "s|@INSTALLED_SIZE@|$installed_size|" \
    -e "s/@DEPENDS@/$depends/" packaging/deb/control >"$root/DEBIAN/control"
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) \
    >"$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/md5sums" "$root/DEBIAN/control"
find "$root" -newermt "@$SOURCE_DATE_EPOCH" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

dpkg-deb --root-owner-group -Zxz --build "$root" "$output" >/dev/null
echo "build-deb: $output ($(du -k "$output" | cut -f1) KiB; Depends: $depends)"
