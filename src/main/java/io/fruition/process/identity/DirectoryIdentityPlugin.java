package io.fruition.process.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Plugs {@link DirectoryIdentityProvider} into the engine in place of its own identity tables. */
@Component
class DirectoryIdentityPlugin extends AbstractProcessEnginePlugin {

    private final Directory directory;

    DirectoryIdentityPlugin(@Lazy Directory directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new DirectoryIdentityProvider(directory);
            }
        });
    }
}
