// The largest file Import takes, apart from the import code itself: the popup checks a chosen
// file's size at once, and loads the import code (and its validator) only when there is one.
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
