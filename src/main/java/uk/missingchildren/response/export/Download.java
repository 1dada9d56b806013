package uk.missingchildren.response.export;

/** A generated file, ready to send. */
record Download(String fileName, DownloadFormat format, byte[] bytes) {}
