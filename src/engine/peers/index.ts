export { peerIssues, PEER_RULES } from './peer-issues';
export { median, medianAbsoluteDeviation } from './robust-stats';
