// Loaded by .mocharc.json before any test: the server's JSON logs would bury mocha's report.
// LOG_LEVEL=info npx mocha … shows them.
process.env.LOG_LEVEL ??= 'silent';
