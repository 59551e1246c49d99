import helmet from 'helmet';

// Security headers that work when the server is opened over plain HTTP on a LAN address:
// helmet's default `upgrade-insecure-requests` makes the browser ask for the CSS and JS over
// HTTPS, which such a server does not speak, and HSTS would pin the host to HTTPS.
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: true,
    directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'upgrade-insecure-requests': null },
  },
  strictTransportSecurity: false,
  // ignored (with a console warning) on an http:// origin other than localhost
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
});
