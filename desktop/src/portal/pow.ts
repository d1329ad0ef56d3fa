import { getJson } from './api';

export type Solved = { challenge: string; nonce: string };

/** Fetches a challenge and solves it in a Web Worker, so the page stays responsive while the phone works. */
export async function solveChallenge(): Promise<Solved | null> {
  const res = await getJson<{ challenge: string; difficulty: number }>('/api/v1/public/challenge');
  if (res.status !== 200) return null;
  const { challenge, difficulty } = res.body;
  const worker = new Worker(new URL('./pow.worker.ts', import.meta.url), { type: 'module' });
  try {
    const nonce = await new Promise<string>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<{ nonce: string }>) => resolve(event.data.nonce);
      worker.onerror = () => reject(new Error('pow worker failed'));
      worker.postMessage({ challenge, difficulty });
    });
    return { challenge, nonce };
  } finally {
    worker.terminate();
  }
}
