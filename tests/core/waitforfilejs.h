#pragma once

#include <QByteArray>

// For Node handlers written by the streaming tests: `await fileExists(path)` resolves once the
// file exists (fs.watch on its folder, no timer). The test creates the file only after it has
// received the first chunk, which shows that chunks leave before the handler ends.
inline const QByteArray kWaitForFileJs = R"JS(
import fs from 'node:fs';
import path from 'node:path';

function fileExists(file) {
  return new Promise((resolve) => {
    let watcher = null;
    const check = () => {
      if (!fs.existsSync(file)) return false;
      if (watcher) watcher.close();
      resolve();
      return true;
    };
    watcher = fs.watch(path.dirname(file), check);
    check();
  });
}
)JS";
