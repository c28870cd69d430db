import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { ui } from '../../shared';

/**
 * Shared state of a theme's editable table (milestones, budget lines): which row is being edited
 * (or 'new'), deleting a row (evicted from the cache, announced in Danish), and closing the form.
 */
export function useEditableRows<Row extends { id: string }>(
  typename: string,
  deleteMutation: TypedDocumentNode<unknown, { id: string }>,
  onMessage: (message: string) => void,
) {
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const [deleteRow] = useMutation(deleteMutation);

  const remove = async (row: Row) => {
    try {
      await deleteRow({
        variables: { id: row.id },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: typename, id: row.id }) });
        },
      });
      onMessage(ui.themes.deleted);
    } catch (error) {
      onMessage(error instanceof Error && error.message ? error.message : ui.states.errorText);
    }
  };

  const done = (saved: boolean) => {
    setEditing(null);
    if (saved) onMessage(ui.themes.saved);
  };

  return { editing, setEditing, remove, done };
}
