// Public exports of src/i18n; filled in as the folder grows.
export {};
