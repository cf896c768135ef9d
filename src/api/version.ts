/** The API's version, as the OpenAPI document and /api/health give it. */
export const API_VERSION = '0.1.0';
