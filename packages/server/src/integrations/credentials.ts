// Sealing and masking credentials lives in auth/ (marketplace and Slack connections use it too, below
// integrations/); re-exported for integrations' own files.
export * from '../auth/credentials.js';
