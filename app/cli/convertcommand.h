// `galley-cli convert`: reads pages, repairs and segments them, and writes
// them in one export format.
#pragma once

#include "formats/importer.h"

#include <QString>
#include <QStringList>

namespace galley::cli {

// The exit codes of the command-line contract.
enum ExitCode {
    ExitSuccess = 0,
    ExitInputFailed = 1, // an input could not be read or parsed
    ExitBadArguments = 2,
};

struct ConvertRequest {
    QStringList inputs;
    QString output; // a file for one input, a folder for several; empty or "-" for stdout
    QString format;
    ImportOptions import;
};

// Converts every input; messages go to stderr. Returns the exit code.
int runConvert(const ConvertRequest &request);

} // namespace galley::cli
