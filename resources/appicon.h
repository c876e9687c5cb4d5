// Galley's application icon, compiled into the program as a Qt resource.
#pragma once

#include <QIcon>
#include <QString>

namespace galley {

// The resource path of the scalable icon: ":/icons/io.github.galley.Galley.svg".
QString appIconPath();

// The icon for windows and dialogs: the desktop theme's, else the built-in one.
QIcon appIcon();

} // namespace galley
