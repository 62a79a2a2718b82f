// Public exports of src/sample; filled in as the folder grows.
export {};
