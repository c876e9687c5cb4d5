#include "appicon.h"

#include "galleyinfo.h"

namespace galley {

QString appIconPath() {
    return QStringLiteral(":/icons/%1.svg").arg(QLatin1String(info::appId));
}

QIcon appIcon() {
    return QIcon::fromTheme(QLatin1String(info::appId), QIcon(appIconPath()));
}

} // namespace galley
