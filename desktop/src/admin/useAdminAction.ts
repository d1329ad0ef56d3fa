import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useErrorMessages } from '../ui/errors';

/**
 * One admin action with its outcome in words: runs `work`, refreshes the admin queries, and keeps either a
 * success message (from `done`) or the server's error message for the screen to show.
 */
export function useAdminAction<A, R>(work: (args: A) => Promise<R>, done: (result: R, args: A) => string) {
  const queryClient = useQueryClient();
  const errors = useErrorMessages();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const mutation = useMutation({
    mutationFn: work,
    onMutate: () => setMessage(null),
    onSuccess: (result, args) => {
      setMessage({ ok: true, text: done(result, args) });
      void queryClient.invalidateQueries({ queryKey: ['admin'] });
    },
    onError: (error) => setMessage({ ok: false, text: errors.forError(error) }),
  });
  return { run: mutation.mutate, pending: mutation.isPending, message, clear: () => setMessage(null) };
}
