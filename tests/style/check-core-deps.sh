#!/bin/sh
# homing_core must link no Widgets, no Gui and no DBus, and include none of their headers. homingd
# may use DBus only through homing_platform (logind's sleep and shutdown notice), never a GUI library.
# Args: <source dir> <file listing homing_core's link libraries> <homingd binary>
# homingd may carry a NEEDED entry for such a library that it uses no symbol of (qtkeychain's CMake
# target drags Qt6DBus in, and a sanitizer build links without --as-needed): what counts is what it
# uses, which `ldd -u` reports (the direct dependencies no symbol is taken from).
set -eu
top=$1 links=$2 agent=$3
status=0
if grep -E 'Widgets|DBus|Qt6::Gui' "$links"; then
    echo "homing_core links a forbidden library (above)"; status=1
fi
if grep -rnE '#include *<(QtWidgets|QtDBus|QtGui|QWidget|QApplication|QGuiApplication|QDBus[A-Za-z]*|QSystemTrayIcon|QIcon)' "$top/core"; then
    echo "core/ includes a Widgets, Gui or DBus header (above)"; status=1
fi
# Layers inside core: address sources and storage know nothing of the engine that uses them.
if grep -rnE '#include *"engine/' "$top/core/address" "$top/core/storage" "$top/core/model" "$top/core/providers" "$top/core/net" "$top/core/dns" "$top/core/verify"; then
    echo "a lower layer of core includes engine/ (above)"; status=1
fi
unused=$(ldd -u -r "$agent" 2>/dev/null | sed -n 's/^[[:space:]]*//p' || true)
for lib in $(readelf -d "$agent" | sed -n 's/.*NEEDED.*\[\(libQt6\(Widgets\|Gui\)[^]]*\)\].*/\1/p'); do
    if printf '%s\n' "$unused" | grep -q "/$lib\$"; then
        echo "homingd lists $lib as NEEDED but uses none of its symbols (ldd -u): fine"
    else
        echo "homingd uses $lib (a GUI library)"; status=1
    fi
done
[ "$status" = 0 ] && echo "homing_core: Qt Core, Network, Sql, qtkeychain, ldns only; homingd needs no GUI library"
exit $status
