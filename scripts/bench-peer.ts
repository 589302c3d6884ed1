import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SqliteEventStore, type EventToAppend } from '../libs/event-store/src/index.js';
import { aidStreams } from './bench-dataset.js';
import { node, projections } from './bench-processes.js';
import { record } from './bench-report.js';
import { inTempDir, log, root, type BenchSettings } from './bench-settings.js';

/** Emmett on the same machine, the same events, the same durability. */
export const peer = async (settings: BenchSettings): Promise<void> => {
  const peerDir = path.join(root, 'test/bench/emmett');
  if (!existsSync(path.join(peerDir, 'node_modules/@event-driven-io/emmett-sqlite'))) {
    log('peer: installing Emmett 0.38.5 into test/bench/emmett (once)');
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: peerDir, stdio: 'inherit' });
    if (install.status !== 0) {
      log('peer: Emmett could not be installed; skipping the peer');
      return;
    }
  }
  const aids = settings.quick ? 300 : 1000;
  const streams = await aidStreams(settings, aids, settings.seed + 3);
  await inTempDir('bench-peer-', async (dir) => {
    const streamsFile = path.join(dir, 'streams.json');
    writeFileSync(streamsFile, JSON.stringify(streams));
    const theirs = JSON.parse(node([path.join(peerDir, 'peer.mjs'), streamsFile, path.join(dir, 'emmett.sqlite')])) as {
      appendRate: number;
      rebuildRate: number;
      events: number;
    };
    const oursFile = path.join(dir, 'ours', 'events.sqlite');
    const store = SqliteEventStore.open(oursFile);
    const began = performance.now();
    await Promise.all(
      streams.map((stream) => store.appendToStream(stream.streamId, stream.events as EventToAppend[], 'no_stream')),
    );
    const oursAppend = theirs.events / ((performance.now() - began) / 1000);
    await store.close();
    const oursRebuild = projections<{ rate: number }>('rebuild', oursFile, path.join(dir, 'ours'), 'asset-index');
    const note = `${theirs.events} events of ${aids} aids; Emmett: ${Math.round(theirs.appendRate)} appends events/s, ${Math.round(theirs.rebuildRate)} rebuild events/s; ours: ${Math.round(oursAppend)} and ${Math.round(oursRebuild.rate)}`;
    record(
      'peer.emmett.append.ratio',
      'append events/s, ours / Emmett 0.38.5 (same events, WAL, synchronous=FULL)',
      'x',
      null,
      [oursAppend / theirs.appendRate],
      { notes: note },
    );
    record(
      'peer.emmett.rebuild.ratio',
      'asset-index projection rebuild events/s, ours / Emmett',
      'x',
      null,
      [oursRebuild.rate / theirs.rebuildRate],
      { notes: note },
    );
  });
};
