// Preloaded into tools that must run offline: any connection beyond loopback fails at once.
const net = require('node:net');
const dns = require('node:dns');
const loopback = (host) => !host || host === 'localhost' || host.startsWith('127.') || host === '::1';
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  const options = typeof args[0] === 'object' ? args[0] : { port: args[0], host: args[1] };
  if (options && !options.path && !loopback(options.host)) {
    process.nextTick(() => this.destroy(new Error(`offline: refused connection to ${options.host}`)));
    return this;
  }
  return originalConnect.apply(this, args);
};
const originalLookup = dns.lookup;
dns.lookup = function lookup(host, ...rest) {
  const callback = rest[rest.length - 1];
  if (!loopback(host)) return process.nextTick(() => callback(Object.assign(new Error(`offline: ${host}`), { code: 'ENOTFOUND' })));
  return originalLookup.call(this, host, ...rest);
};
