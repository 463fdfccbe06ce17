package dev.pms.workspace;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Installs the access check and hands its result to controllers as a {@link WorkspaceAccess} parameter. */
@Configuration(proxyBeanMethods = false)
class WorkspaceWebConfig implements WebMvcConfigurer {
    private final WorkspaceAccessInterceptor interceptor;

    WorkspaceWebConfig(WorkspaceAccessInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new AccessArgumentResolver());
    }

    private static final class AccessArgumentResolver implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == WorkspaceAccess.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                      WebDataBinderFactory binderFactory) {
            Object access = request.getAttribute(WorkspaceAccessInterceptor.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            if (access == null) {
                throw new IllegalStateException("WorkspaceAccess asked for outside a {workspaceId} route");
            }
            return access;
        }
    }
}
