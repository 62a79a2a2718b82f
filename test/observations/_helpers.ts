export { caught, issuePaths, deepFreeze } from '../scoring/_helpers.js';
