import { requestJson } from '@keliling/sync';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { z } from 'zod';
import type { StaffSession } from '../staff/staffSession';
import { type ActorDirectory, type ActorResolver, actorResolver } from './actorNames';

const directorySchema = z.object({
  users: z.array(z.object({ id: z.string(), username: z.string(), name: z.string().nullable() })),
  officers: z.array(z.object({ id: z.string(), unitId: z.string(), name: z.string().nullable() })),
  devices: z.array(z.object({ id: z.string(), name: z.string(), unitId: z.string(), unitName: z.string().nullable() })),
});

/** `GET /admin/actors` (HQ and admin): every user, officer and device by name. Throws SyncHttpError. */
export function fetchActorDirectory(session: StaffSession): Promise<ActorDirectory> {
  const http = {
    baseUrl: session.serverUrl,
    headers: { authorization: `Bearer ${session.token}`, 'accept-language': 'id' },
  };
  return requestJson(http, 'GET', '/admin/actors', directorySchema);
}

/**
 * Names for author ids, from one request cached for the screen (not one per row). Until it answers, or if it
 * fails, every id shows as itself: the screens stay usable without names.
 */
export function useActorNames(session: StaffSession): ActorResolver {
  const directory = useQuery({
    // Outside the `['hq']` prefix, which resolving a conflict invalidates: names do not change with it.
    queryKey: ['actor-names', session.serverUrl, session.username],
    queryFn: () => fetchActorDirectory(session),
    staleTime: 5 * 60_000,
    retry: 1,
  });
  return useMemo(() => actorResolver(directory.data), [directory.data]);
}
