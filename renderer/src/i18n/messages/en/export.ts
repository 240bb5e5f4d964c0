// The export screen's dialogs and the WordPress publishing panel (renderer/src/export/).
export const enExport = {
};
