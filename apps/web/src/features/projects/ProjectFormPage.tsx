import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { projectsUi as t } from '../../shared';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { ProjectForm } from './ProjectForm';
import { ProjectLoader } from './ProjectLoader';
import { useProjectOptions } from './projectOptions';

/** "/projekter/ny" and "/projekter/:id/rediger" (the staff unit): the project form; saved, to the project page. */
export function ProjectFormPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { units, themes } = useProjectOptions();
  const onSaved = (savedId: string) => void navigate(`/projekter/${savedId}`);
  if (!id)
    return (
      <CreateProject units={units} themes={themes} onSaved={onSaved} onCancel={() => void navigate('/projekter')} />
    );
  return (
    <div className="page project-form-page">
      <ProjectLoader id={id}>
        {(project) => (
          <EditProject
            name={project.name}
            form={
              <ProjectForm
                project={project}
                units={units}
                themes={themes}
                onSaved={onSaved}
                onCancel={() => void navigate(`/projekter/${project.id}`)}
              />
            }
          />
        )}
      </ProjectLoader>
    </div>
  );
}

function CreateProject(props: Omit<Parameters<typeof ProjectForm>[0], 'project'>) {
  useDocumentTitle(t.createTitle);
  return (
    <div className="page project-form-page">
      <h1>{t.createTitle}</h1>
      <ProjectForm {...props} />
    </div>
  );
}

function EditProject({ name, form }: { name: string; form: ReactNode }) {
  useDocumentTitle(t.editTitle(name));
  return (
    <>
      <h1>{t.editTitle(name)}</h1>
      {form}
    </>
  );
}
