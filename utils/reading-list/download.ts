/** A file the user keeps: an export. */
export interface DownloadFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

/**
 * Hand a file to the browser's downloads, from the page (no `downloads` permission): a link to a
 * blob URL with `download`, clicked. The URL is released once the browser has had it.
 */
export function downloadFile(file: DownloadFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
