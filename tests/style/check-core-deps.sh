#!/bin/sh
# homing_core must link no Widgets, no Gui and no DBus, and include none of their headers.
# Args: <source dir> <file listing homing_core's link libraries> <homingd binary>
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
if grep -rnE '#include *"engine/' "$top/core/address" "$top/core/storage" "$top/core/model" "$top/core/providers" "$top/core/net" "$top/core/dns"; then
    echo "a lower layer of core includes engine/ (above)"; status=1
fi
if readelf -d "$agent" | grep NEEDED | grep -E 'Qt6(Widgets|Gui|DBus)'; then
    echo "homingd depends directly on Widgets, Gui or DBus (above)"; status=1
fi
[ "$status" = 0 ] && echo "homing_core: Qt Core, Network, Sql, qtkeychain, ldns only; homingd needs no GUI library"
exit $status
